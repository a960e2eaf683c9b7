using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class TurnTests
{
    [Fact]
    public async Task Concurrent_calls_to_one_grain_never_overlap()
    {
        await using var host = TestRuntime.Create();
        var grain = host.Grain<ITurnGrain>("t1");

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => grain.Enter())));

        (await grain.MaxConcurrent()).ShouldBe(1);
    }

    [Fact]
    public async Task A_blocked_grain_does_not_block_other_grains_but_queues_its_own_calls()
    {
        await using var host = TestRuntime.Create();
        var blocked = host.Grain<ITurnGrain>("blocked");
        var waiting = blocked.WaitAtGate();
        var queued = blocked.Ping();

        (await host.Grain<ITurnGrain>("free").Ping().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBe("free");
        queued.IsCompleted.ShouldBeFalse();

        host.Probe.Gate.SetResult();
        await waiting;
        (await queued).ShouldBe("blocked");
    }

    [Fact]
    public async Task A_chain_of_grains_calling_each_other_completes()
    {
        await using var host = TestRuntime.Create();

        var path = await host.Grain<IChainGrain>("a").Chain(["b", "c"]);

        path.ShouldBe("a>b>c");
    }

    [Fact]
    public async Task A_call_cycle_deadlocks_until_the_call_timeout()
    {
        await using var host = TestRuntime.Create(o => o.CallTimeout = TimeSpan.FromMilliseconds(300));

        var error = await Should.ThrowAsync<GrainCallTimeoutException>(() => host.Grain<IChainGrain>("a").Chain(["b", "a"]));

        error.Method.ShouldBe("IChainGrain.Chain");
    }
}
