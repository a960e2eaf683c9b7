using System.Collections.Concurrent;
using Olympics.Orleans.Runtime;

namespace Olympics.Orleans.Silo.Tests;

public interface IProbeGrain : IGrainWithStringKey
{
    Task<string> PingAsync();
}

/// <summary>A grain the silo tests add to the silo, recording its deactivations.</summary>
public sealed class ProbeGrain : Grain, IProbeGrain
{
    public static ConcurrentDictionary<string, DeactivationReasonCode> Deactivated { get; } = new();

    public Task<string> PingAsync() => Task.FromResult(GetPrimaryKeyString());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivated[GetPrimaryKeyString()] = reason.Code;
        return Task.CompletedTask;
    }
}
