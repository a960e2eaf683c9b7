using System.Diagnostics;

namespace Olympics.Orleans.EventStore.Tests;

public sealed class CommitSignalTests
{
    // A regression test: Notify once replaced the completion source before moving the generation, so a waiter that
    // ran between the two waited on a source nobody would complete (until its timeout).
    [Fact]
    public async Task A_notify_racing_a_wait_never_leaves_the_waiter_to_its_timeout()
    {
        var signal = new CommitSignal();
        var slowest = TimeSpan.Zero;
        for (var round = 0; round < 2_000; round++)
        {
            var seen = signal.Generation;
            using var start = new Barrier(2);
            var notifier = Task.Run(() =>
            {
                start.SignalAndWait();
                signal.Notify();
            });
            start.SignalAndWait();
            var clock = Stopwatch.StartNew();
            await signal.WaitAsync(seen, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            await notifier;
        }

        slowest.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }
}
