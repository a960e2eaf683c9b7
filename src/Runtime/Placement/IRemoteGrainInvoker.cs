using System.Reflection;

namespace Olympics.Orleans.Runtime.Placement;

/// <summary>
/// Sends a grain call to another silo. The runtime applies the call timeout around the returned task, so an
/// implementation only needs to honour the cancellation token for clean-up.
/// </summary>
public interface IRemoteGrainInvoker
{
    /// <summary>Invokes <paramref name="method"/> of the grain on <paramref name="silo"/>.</summary>
    /// <typeparam name="T">The call's result type (<see cref="object"/> for methods returning a plain <see cref="Task"/>).</typeparam>
    Task<T> InvokeAsync<T>(SiloAddress silo, GrainId grainId, MethodInfo method, object?[] arguments, CancellationToken ct);
}
