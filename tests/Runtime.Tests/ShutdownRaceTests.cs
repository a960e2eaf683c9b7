using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class ShutdownRaceTests
{
    [Fact]
    public async Task An_activation_still_starting_when_the_runtime_stops_is_dropped_and_never_becomes_active()
    {
        SlowStartGrain.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = TestRuntime.Create(o => o.DeactivationTimeout = TimeSpan.FromMilliseconds(200));
        var call = host.Grain<ISlowStartGrain>("late").Ping();
        await Eventually.True(() => host.Runtime.ActivationCount == 1, "the activation started");

        await host.Runtime.StopAsync(TestContext.Current.CancellationToken);
        var countAfterStop = host.Runtime.ActivationCount;
        SlowStartGrain.Gate.SetResult();

        countAfterStop.ShouldBe(0);
        (await Should.ThrowAsync<InvalidOperationException>(() => call)).Message.ShouldContain("deactivated while it was activating");
        host.Runtime.ActivationCount.ShouldBe(0);
    }
}
