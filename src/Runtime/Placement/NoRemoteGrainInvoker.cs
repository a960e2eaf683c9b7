using System.Reflection;

namespace Olympics.Orleans.Runtime.Placement;

/// <summary>The default remote invoker of a single silo: there is no transport, so any remote placement is a configuration error.</summary>
public sealed class NoRemoteGrainInvoker : IRemoteGrainInvoker
{
    /// <inheritdoc />
    public Task<T> InvokeAsync<T>(SiloAddress silo, GrainId grainId, MethodInfo method, object?[] arguments, CancellationToken ct) =>
        Task.FromException<T>(new InvalidOperationException(
            $"Grain '{grainId}' is placed on silo {silo}, but there is no transport to silo {silo}: register an IRemoteGrainInvoker."));
}
