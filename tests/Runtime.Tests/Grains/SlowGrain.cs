using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface ISlowGrain : IGrainWithStringKey
{
    Task Slow();

    Task<int> ThrowSynchronously();
}

public sealed class SlowGrain(GrainProbe probe) : Grain, ISlowGrain
{
    public Task Slow() => probe.Gate.Task;

    public Task<int> ThrowSynchronously() => throw new InvalidOperationException("thrown before any await");
}
