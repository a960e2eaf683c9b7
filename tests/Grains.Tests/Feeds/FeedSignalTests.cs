using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>The subscribers' wake-up: one pending wake-up at most, none lost between a wait and the next.</summary>
public sealed class FeedSignalTests
{
    [Fact]
    public async Task A_set_before_the_wait_completes_it_at_once_and_many_sets_make_one_wake_up()
    {
        var signal = new FeedSignal();
        signal.Set();
        signal.Set();

        (await signal.WaitAsync()).ShouldBeTrue();
        signal.Reset();

        var next = signal.WaitAsync().AsTask();
        next.IsCompleted.ShouldBeFalse();
        signal.Set();
        (await next).ShouldBeTrue();
    }

    [Fact]
    public async Task A_set_while_waiting_wakes_the_waiter_on_another_thread_and_the_next_wait_waits_again()
    {
        var signal = new FeedSignal();
        var waiting = signal.WaitAsync().AsTask();
        waiting.IsCompleted.ShouldBeFalse();

        signal.Set();

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBeTrue();
        signal.Reset();
        var next = signal.WaitAsync().AsTask();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        next.IsCompleted.ShouldBeFalse();
        signal.Set();
        (await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task Under_concurrent_sets_every_set_is_seen_by_a_wait_that_starts_after_it()
    {
        // The subscriber's loop: wait, reset, then look at what was published. A counter stands for the window: each
        // set follows an increment, so after the last set the waiter must reach the final count and not sleep on it.
        var signal = new FeedSignal();
        var published = 0;
        const int Sets = 20_000;
        var setters = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < Sets / 2; i++)
            {
                Interlocked.Increment(ref published);
                signal.Set();
            }
        })).ToArray();

        var seen = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (seen < Sets)
        {
            timeout.Token.ThrowIfCancellationRequested();
            await signal.WaitAsync().AsTask().WaitAsync(timeout.Token);
            signal.Reset();
            seen = Volatile.Read(ref published);
        }

        await Task.WhenAll(setters);
        seen.ShouldBe(Sets);
    }
}
