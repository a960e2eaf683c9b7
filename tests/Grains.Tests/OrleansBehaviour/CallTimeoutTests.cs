using Orleans.Configuration;

namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

public sealed class CallTimeoutTests
{
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(1);
    private readonly GrainProbe _probe = new();

    private Task<TestSilo> StartAsync() =>
        ProbeSilo.StartAsync(_probe, silo => silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout));

    [Fact]
    public async Task A_call_that_outlives_the_response_timeout_fails_with_a_TimeoutException_naming_the_method()
    {
        await using var silo = await StartAsync();

        var error = await Should.ThrowAsync<TimeoutException>(() => silo.Grains.GetGrain<ITurnGrain>("s1").WaitAtGateAsync());

        error.Message.ShouldContain("WaitAtGate");
        _probe.Gate.SetResult();
    }

    [Fact]
    public async Task A_call_queued_behind_a_slow_call_times_out_too_and_the_grain_works_afterwards()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<ITurnGrain>("busy");
        var slow = grain.WaitAtGateAsync();
        await _probe.ReachedGateAsync();

        await Should.ThrowAsync<TimeoutException>(() => grain.PingAsync());
        await Should.ThrowAsync<TimeoutException>(() => slow);

        // The timed-out call still holds the turn until the grain finishes it.
        _probe.Gate.SetResult();
        (await grain.PingAsync()).ShouldBe("busy");
    }

    [Fact]
    public async Task A_call_cycle_deadlocks_until_the_response_timeout()
    {
        await using var silo = await StartAsync();

        await Should.ThrowAsync<TimeoutException>(() => silo.Grains.GetGrain<ITurnGrain>("a").ChainAsync(["b", "a"]));
    }
}
