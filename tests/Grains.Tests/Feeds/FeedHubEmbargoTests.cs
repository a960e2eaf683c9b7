using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>The FEED embargo through the hub, on a manual clock: from the window and from the store.</summary>
public sealed class FeedHubEmbargoTests
{
    [Fact]
    public async Task Cis_gets_a_message_at_once_and_feed_only_once_the_clock_has_passed_its_embargo()
    {
        var time = new ManualTimeProvider();
        await using var feed = FeedHubHarness.InMemory(time);
        await feed.StartAsync();
        using var cis = feed.Subscribe(FeedTier.Cis);
        using var media = feed.Subscribe(FeedTier.Feed);
        await feed.StoreAsync(FeedStore.Header(1));

        var cisGot = (await FeedHubHarness.TakeAsync(cis, 1)).Single();
        var clockWhenCisGotIt = time.GetUtcNow();
        var (mediaGot, clock) = await ReadWhileTheClockMovesAsync(media, time);

        cisGot.Message.StoredAt.ShouldBe(clockWhenCisGotIt);
        media.IsLive.ShouldBeTrue();
        clock.ShouldBeGreaterThanOrEqualTo(mediaGot.Message.StoredAt + FeedStore.Delay);
        clock.ShouldBeLessThan(mediaGot.Message.StoredAt + FeedStore.Delay + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Feed_catching_up_from_the_store_waits_for_the_embargo_too()
    {
        var time = new ManualTimeProvider();
        await using var feed = FeedHubHarness.InMemory(time);
        await feed.StoreAsync(FeedStore.Header(1));
        await feed.StartAsync();
        using var media = feed.Subscribe(FeedTier.Feed);

        var (got, clock) = await ReadWhileTheClockMovesAsync(media, time);

        clock.ShouldBeGreaterThanOrEqualTo(got.Message.StoredAt + FeedStore.Delay);
        got.Message.Header.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Messages_out_of_embargo_in_the_same_release_tick_reach_a_feed_subscriber_in_one_batch()
    {
        var time = new ManualTimeProvider();
        await using var feed = FeedHubHarness.InMemory(time);
        await feed.StartAsync();
        using var media = feed.Subscribe(FeedTier.Feed);
        await feed.StoreAsync(FeedStore.Header(1));
        time.Advance(TimeSpan.FromMilliseconds(5));
        await feed.StoreAsync(FeedStore.Header(2));
        time.Advance(TimeSpan.FromMilliseconds(5));
        await feed.StoreAsync(FeedStore.Header(3));

        var batch = new List<FeedEntry>();
        var read = media.ReadAsync(batch, TestContext.Current.CancellationToken).AsTask();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!read.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        await read;
        batch.Select(e => e.Message.Header.Version).ShouldBe([1, 2, 3]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 20)]
    [InlineData(20, 20)]
    [InlineData(21, 40)]
    public void A_release_waits_for_the_next_tick_of_the_grid(int millisecond, int tick)
    {
        var second = new DateTimeOffset(2024, 8, 4, 20, 0, 0, TimeSpan.Zero);

        FeedWindowSettings.Default.ReleaseTickAtOrAfter(second.AddMilliseconds(millisecond)).ShouldBe(second.AddMilliseconds(tick));
        (FeedWindowSettings.Default with { FeedReleaseInterval = TimeSpan.Zero }).ReleaseTickAtOrAfter(second.AddMilliseconds(1)).ShouldBe(second.AddMilliseconds(1));
    }

    // Moves the clock in steps while the subscriber waits; whatever it yields, the clock at that moment is what it judged by.
    private static async Task<(FeedEntry Entry, DateTimeOffset Clock)> ReadWhileTheClockMovesAsync(FeedSubscription subscription, ManualTimeProvider time)
    {
        var next = FeedHubHarness.TakeAsync(subscription, 1);
        // The clock read the moment the subscriber yields, not when the test notices.
        var clockAtYield = next.ContinueWith(_ => time.GetUtcNow(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!next.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromMilliseconds(250));
        }

        return ((await next).Single(), await clockAtYield);
    }
}
