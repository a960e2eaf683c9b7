using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class TimeoutTests
{
    [Fact]
    public async Task A_slow_call_ends_in_a_timeout_naming_the_grain_and_method()
    {
        await using var host = TestRuntime.Create(o => o.CallTimeout = TimeSpan.FromMilliseconds(200));

        var error = await Should.ThrowAsync<GrainCallTimeoutException>(() => host.Grain<ISlowGrain>("s1").Slow());

        error.Grain.ShouldBe(new GrainId(typeof(ISlowGrain).FullName!, "s1"));
        error.Method.ShouldBe("ISlowGrain.Slow");
        error.Message.ShouldContain("ISlowGrain.Slow");
        error.Message.ShouldContain("s1");
        host.Probe.Gate.SetResult();
    }

    [Fact]
    public async Task A_call_queued_behind_a_slow_call_times_out_too_and_the_grain_works_afterwards()
    {
        await using var host = TestRuntime.Create(o => o.CallTimeout = TimeSpan.FromMilliseconds(200));
        var grain = host.Grain<ITurnGrain>("busy");
        var slow = grain.WaitAtGate();

        await Should.ThrowAsync<GrainCallTimeoutException>(() => grain.Ping());
        await Should.ThrowAsync<GrainCallTimeoutException>(() => slow);

        // The timed-out call still holds the turn until the grain finishes it.
        host.Probe.Gate.SetResult();
        (await grain.Ping()).ShouldBe("busy");
    }
}
