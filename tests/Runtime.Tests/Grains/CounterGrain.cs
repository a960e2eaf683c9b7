using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> Current();

    Task Leave();
}

/// <summary>In-memory counter that reports its life cycle to the injected probe.</summary>
public sealed class CounterGrain(GrainProbe probe) : Grain, ICounterGrain
{
    private int _count;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public Task<int> Increment() => Task.FromResult(++_count);

    public Task<int> Current() => Task.FromResult(_count);

    public Task Leave()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
