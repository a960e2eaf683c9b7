using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface IShortLivedGrain : IGrainWithStringKey
{
    Task Ping();
}

[CollectionAgeLimit(Minutes = 2)]
public sealed class ShortLivedGrain(GrainProbe probe) : Grain, IShortLivedGrain
{
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

    public Task Ping() => Task.CompletedTask;
}
