using Orleans.Concurrency;

namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

/// <summary>What both turn grains do; each has its own interface so that GetGrain finds one class.</summary>
[Alias("test.turn-base")]
public interface ITurn : IGrainWithStringKey
{
    /// <summary>Counts how many calls are inside at once, awaiting in the middle.</summary>
    Task EnterAsync();

    Task<int> GetMaxInsideAsync();

    Task WaitAtGateAsync();

    Task<string> PingAsync();

    /// <summary>Calls the next grain in <paramref name="path"/> and returns the path walked, e.g. "a>b>c".</summary>
    Task<string> ChainAsync(string[] path);
}

public abstract class TurnGrainBase(GrainProbe probe) : Grain, ITurn
{
    private int _inside;
    private int _max;

    public async Task EnterAsync()
    {
        var inside = Interlocked.Increment(ref _inside);
        _max = Math.Max(_max, inside);
        await Task.Yield();
        await Task.Delay(2);
        Interlocked.Decrement(ref _inside);
    }

    public Task<int> GetMaxInsideAsync() => Task.FromResult(_max);

    public Task WaitAtGateAsync()
    {
        probe.AtGate.TrySetResult();
        return probe.Gate.Task;
    }

    public Task<string> PingAsync() => Task.FromResult(this.GetPrimaryKeyString());

    public async Task<string> ChainAsync(string[] path)
    {
        var me = this.GetPrimaryKeyString();
        return path.Length == 0 ? me : $"{me}>{await GrainFactory.GetGrain<ITurnGrain>(path[0]).ChainAsync(path[1..])}";
    }
}

[Alias("test.turn")]
public interface ITurnGrain : ITurn;

public sealed class TurnGrain(GrainProbe probe) : TurnGrainBase(probe), ITurnGrain;

[Alias("test.reentrant-turn")]
public interface IReentrantTurnGrain : ITurn;

/// <summary>The same grain marked reentrant: the control that shows the turn test can fail.</summary>
[Reentrant]
public sealed class ReentrantTurnGrain(GrainProbe probe) : TurnGrainBase(probe), IReentrantTurnGrain;
