using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Feeds.Streams;

namespace Olympics.Orleans.Grains.Tests.Feeds.Streams;

/// <summary>
/// A subscriber of a results stream that stops taking messages holds nobody else back. Orleans' simple cache purges only
/// the part of the cache no cursor is in, and its pulling agent stops reading the queue while the cache is full; a cursor
/// left behind (a delivery that does not return: a consumer on a starved silo, a stuck grain) stopped the queue for
/// every stream and every other subscriber of it, and in the two-silo benchmark the other silo's hub found the stream
/// behind the log every few seconds.
/// </summary>
public sealed class StuckSubscriberTests
{
    [Fact]
    public async Task A_subscriber_that_stops_taking_messages_does_not_stop_the_stream_for_the_hubs()
    {
        // One queue and a small cache: the stuck reader's cursor is behind everything else after a few messages. The
        // hubs' quiet check is far beyond the test, so only the stream can bring them their messages.
        using var moved = new InstrumentCount("olympics.feeds.stream.cursors-passed");
        var gate = new StuckReaderGate();
        await using var silos = await ResultStreamSilos.StartAsync(
            "memory", 2, new ResultStreamOptions { Queues = 1, CacheSize = 100, CheckInterval = TimeSpan.FromMinutes(10) },
            services => services.AddSingleton(gate));
        try
        {
            var start = await silos.Store.GetLastPositionAsync(ct: TestContext.Current.CancellationToken);
            var (firstIn, secondIn) = (new TaskCompletionSource(), new TaskCompletionSource());
            var total = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            var first = ResultStreamSilos.CollectAsync(silos.Source(0), start, Counted(total), seconds: 30, first: firstIn);
            var second = ResultStreamSilos.CollectAsync(silos.Source(1), start, Counted(total), seconds: 30, first: secondIn);
            await silos.Cluster.Client.GetGrain<IStuckFeedReaderGrain>("stuck").SubscribeAsync();
            var stored = new List<GlobalPosition>();
            while (!(firstIn.Task.IsCompleted && secondIn.Task.IsCompleted && gate.Taken.IsCompleted) && stored.Count < 100)
            {
                stored.Add(await silos.StoreAsync(0));
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            Assert.True(gate.Taken.IsCompleted, "The stuck reader never got a message.");
            total.SetResult(stored.Count + 300);
            for (var version = 1; version <= 300; version++)
            {
                stored.Add(await silos.StoreAsync(version, version % 2 == 0 ? "ATHM100M--------------FNL-0001----" : "SWMW200MFR------------SFNL000100--"));
            }

            Assert.Equal(stored, await first);
            Assert.Equal(stored, await second);
            Assert.True(moved.Total > 0, "No cursor was moved on: the hubs' cursors cannot have passed the stuck one.");
        }
        finally
        {
            gate.Open();
        }
    }

    private static Func<List<GlobalPosition>, bool> Counted(TaskCompletionSource<int> total) =>
        taken => total.Task.IsCompleted && taken.Count >= total.Task.Result;
}
