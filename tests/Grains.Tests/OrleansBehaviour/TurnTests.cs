namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

public sealed class TurnTests
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task Concurrent_calls_to_one_grain_never_interleave_across_awaits()
    {
        await using var silo = await ProbeSilo.StartAsync(_probe);
        var grain = silo.Grains.GetGrain<ITurnGrain>("t1");

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => grain.EnterAsync())));

        (await grain.GetMaxInsideAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_calls_to_a_reentrant_grain_do_interleave_which_shows_the_turn_test_can_fail()
    {
        await using var silo = await ProbeSilo.StartAsync(_probe);
        var grain = silo.Grains.GetGrain<IReentrantTurnGrain>("r1");

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => grain.EnterAsync())));

        (await grain.GetMaxInsideAsync()).ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task A_blocked_grain_does_not_block_other_grains_but_queues_its_own_calls()
    {
        await using var silo = await ProbeSilo.StartAsync(_probe);
        var blocked = silo.Grains.GetGrain<ITurnGrain>("blocked");
        var waiting = blocked.WaitAtGateAsync();
        await _probe.ReachedGateAsync();
        var queued = blocked.PingAsync();

        (await silo.Grains.GetGrain<ITurnGrain>("free").PingAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBe("free");
        queued.IsCompleted.ShouldBeFalse();

        _probe.Gate.SetResult();
        await waiting;
        (await queued).ShouldBe("blocked");
    }

    [Fact]
    public async Task A_chain_of_grains_calling_each_other_completes()
    {
        await using var silo = await ProbeSilo.StartAsync(_probe);

        (await silo.Grains.GetGrain<ITurnGrain>("a").ChainAsync(["b", "c"])).ShouldBe("a>b>c");
    }
}
