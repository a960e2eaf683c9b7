using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface IFlakyGrain : IGrainWithStringKey
{
    Task<int> Ping();
}

/// <summary>Fails its activation as often as the probe says, then works.</summary>
public sealed class FlakyGrain(GrainProbe probe) : Grain, IFlakyGrain
{
    private int _calls;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GetPrimaryKeyString());
        return probe.ShouldFailActivation()
            ? throw new InvalidOperationException("activation failed on purpose")
            : Task.CompletedTask;
    }

    public Task<int> Ping() => Task.FromResult(++_calls);
}
