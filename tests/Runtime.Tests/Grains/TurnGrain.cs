using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Counts how many calls are inside at once, awaiting in the middle.</summary>
    Task Enter();

    Task<int> MaxConcurrent();

    Task WaitAtGate();

    Task<string> Ping();
}

public sealed class TurnGrain(GrainProbe probe) : Grain, ITurnGrain
{
    private int _inside;
    private int _max;

    public async Task Enter()
    {
        var inside = Interlocked.Increment(ref _inside);
        _max = Math.Max(_max, inside);
        await Task.Yield();
        await Task.Delay(2);
        Interlocked.Decrement(ref _inside);
    }

    public Task<int> MaxConcurrent() => Task.FromResult(_max);

    public Task WaitAtGate() => probe.Gate.Task;

    public Task<string> Ping() => Task.FromResult(GetPrimaryKeyString());
}
