using System.Collections.Concurrent;
using Orleans;

namespace Olympics.Orleans.Silo.Tests;

public interface IProbeGrain : IGrainWithStringKey
{
    Task<string> PingAsync();
}

/// <summary>A grain the silo tests add to the silo, recording its deactivations.</summary>
public sealed class ProbeGrain : Grain, IProbeGrain
{
    public static ConcurrentDictionary<string, DeactivationReasonCode> Deactivated { get; } = new();

    public Task<string> PingAsync() => Task.FromResult(this.GetPrimaryKeyString());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivated[this.GetPrimaryKeyString()] = reason.ReasonCode;
        return Task.CompletedTask;
    }
}
