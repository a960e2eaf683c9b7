namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

/// <summary>What every probed grain does; each grain class has its own interface so that GetGrain finds one class.</summary>
[Alias("test.probed-base")]
public interface IProbed : IGrainWithStringKey
{
    /// <summary>Counts calls on this activation: 1 on the first call after an activation.</summary>
    Task<int> PingAsync();

    Task LeaveAsync();
}

/// <summary>Reports its life cycle to the probe; fails its activation as often as the probe says.</summary>
public abstract class ProbedGrainBase(GrainProbe probe) : Grain, IProbed
{
    private int _calls;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(this.GetPrimaryKeyString());
        return probe.ShouldFailActivation()
            ? throw new InvalidOperationException("activation failed on purpose")
            : Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(this.GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public Task<int> PingAsync() => Task.FromResult(++_calls);

    public Task LeaveAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

[Alias("test.probed")]
public interface IProbedGrain : IProbed;

/// <summary>The default collection age.</summary>
public sealed class ProbedGrain(GrainProbe probe) : ProbedGrainBase(probe), IProbedGrain;

[Alias("test.configured-age")]
public interface IConfiguredAgeGrain : IProbed;

/// <summary>No attribute: its age comes from GrainCollectionOptions.ClassSpecificCollectionAge in the test.</summary>
public sealed class ConfiguredAgeGrain(GrainProbe probe) : ProbedGrainBase(probe), IConfiguredAgeGrain;
