using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>The hub's window and the switch-over between store and window, on the in-memory store and on PostgreSQL.</summary>
public sealed class FeedHubTests
{
    public static TheoryData<string> Stores => new() { "memory", "postgres" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_subscriber_starting_far_behind_the_window_catches_up_from_the_store_then_reads_the_window_without_gap_or_duplicate(string kind)
    {
        await using var feed = await FeedHubHarness.OnAsync(kind);
        // Enough history for several store pages, before the hub starts (so none of it is in its window).
        for (var v = 1; v <= 600; v++)
        {
            await feed.StoreAsync(FeedStore.Header(v));
        }

        await feed.StartAsync();
        using var subscription = feed.Subscribe(FeedTier.Cis);

        var first = await FeedHubHarness.TakeAsync(subscription, 1);
        var wasLiveAtFirst = subscription.IsLive;
        var rest = await FeedHubHarness.TakeAsync(subscription, 600 - first.Count);
        await feed.StoreAsync(FeedStore.Header(601));
        var live = await FeedHubHarness.TakeAsync(subscription, 1);

        wasLiveAtFirst.ShouldBeFalse();
        subscription.IsLive.ShouldBeTrue();
        first.Concat(rest).Concat(live).Select(e => e.Message.Header.Version).ShouldBe(Enumerable.Range(1, 601));
        (await FeedHubHarness.NothingMoreAsync(subscription)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Subscribers_opened_while_messages_are_being_published_get_each_message_after_their_start_exactly_once(string kind)
    {
        const int Messages = 150;
        await using var feed = await FeedHubHarness.OnAsync(kind, delay: TimeSpan.Zero);
        await feed.StoreAsync(FeedStore.Header(0));
        await feed.StartAsync();
        var positions = new List<GlobalPosition>();
        var publishing = Task.Run(async () =>
        {
            for (var v = 1; v <= Messages; v++)
            {
                var position = await feed.StoreAsync(FeedStore.Header(v));
                lock (positions)
                {
                    positions.Add(position);
                }
            }
        }, TestContext.Current.CancellationToken);

        // Each subscriber starts after the last position known when it opens (or from the beginning), while the
        // hub is appending: some join the window at once, others catch up from the store first.
        var subscribers = new List<(int After, FeedSubscription Subscription)>();
        for (var i = 0; !publishing.IsCompleted || i < 4; i++)
        {
            (int Count, GlobalPosition Last) known;
            lock (positions)
            {
                known = positions.Count == 0 ? (-1, GlobalPosition.Start) : (positions.Count, positions[^1]);
            }

            var tier = i % 2 == 0 ? FeedTier.Cis : FeedTier.Feed;
            subscribers.Add(i % 3 == 0 || known.Count < 0
                ? (-1, feed.Subscribe(tier))
                : (known.Count, feed.Subscribe(tier, known.Last.ToToken())));
            await Task.Delay(Random.Shared.Next(1, 8), TestContext.Current.CancellationToken);
        }

        await publishing;
        foreach (var (after, subscription) in subscribers)
        {
            using (subscription)
            {
                var expected = Enumerable.Range(after + 1, Messages - after).ToList();
                var received = await FeedHubHarness.TakeAsync(subscription, expected.Count);

                received.Select(e => e.Message.Header.Version).ShouldBe(expected);
                (await FeedHubHarness.NothingMoreAsync(subscription, 100)).ShouldBeTrue();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_slow_subscriber_that_falls_out_of_the_window_goes_back_to_the_store_and_loses_nothing_while_others_go_on(string kind)
    {
        await using var feed = await FeedHubHarness.OnAsync(kind, windowMessages: 8);
        await feed.StartAsync();
        using var slow = feed.Subscribe(FeedTier.Cis);
        using var fast = feed.Subscribe(FeedTier.Cis);
        await feed.StoreAsync(FeedStore.Header(1));
        (await FeedHubHarness.TakeAsync(slow, 1)).Single().Message.Header.Version.ShouldBe(1);
        slow.IsLive.ShouldBeTrue();

        // The slow one reads nothing while 40 more go by; the window keeps only 8 of them.
        for (var v = 2; v <= 41; v++)
        {
            await feed.StoreAsync(FeedStore.Header(v));
        }

        var fastGot = await FeedHubHarness.TakeAsync(fast, 41);
        var firstAfterFallingOut = await FeedHubHarness.TakeAsync(slow, 1);
        var readFromStore = !slow.IsLive;
        var slowGot = firstAfterFallingOut.Concat(await FeedHubHarness.TakeAsync(slow, 40 - firstAfterFallingOut.Count)).ToList();
        await feed.StoreAsync(FeedStore.Header(42));
        var liveAgain = await FeedHubHarness.TakeAsync(slow, 1);

        fastGot.Select(e => e.Message.Header.Version).ShouldBe(Enumerable.Range(1, 41));
        readFromStore.ShouldBeTrue();
        slowGot.Select(e => e.Message.Header.Version).ShouldBe(Enumerable.Range(2, 40));
        liveAgain.Single().Message.Header.Version.ShouldBe(42);
        slow.IsLive.ShouldBeTrue();
    }

    [Fact]
    public async Task A_token_of_a_message_the_hub_has_not_read_yet_skips_up_to_it()
    {
        await using var feed = FeedHubHarness.InMemory();
        await feed.StartAsync();
        using var early = feed.Subscribe(FeedTier.Cis);
        await feed.StoreAsync(FeedStore.Header(1));
        var second = await feed.StoreAsync(FeedStore.Header(2));
        await feed.StoreAsync(FeedStore.Header(3));
        // A client that saw message 2 elsewhere resumes here, maybe before this hub has read that far.
        using var resumed = feed.Subscribe(FeedTier.Cis, second.ToToken());

        (await FeedHubHarness.TakeAsync(early, 3)).Count.ShouldBe(3);
        (await FeedHubHarness.TakeAsync(resumed, 1)).Single().Message.Header.Version.ShouldBe(3);
        (await FeedHubHarness.NothingMoreAsync(resumed)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_frames_are_encoded_once_and_shared_by_every_subscriber()
    {
        await using var feed = FeedHubHarness.InMemory();
        await feed.StartAsync();
        using var one = feed.Subscribe(FeedTier.Cis);
        using var other = feed.Subscribe(FeedTier.Cis);
        await feed.StoreAsync(FeedStore.Header(1));

        var a = (await FeedHubHarness.TakeAsync(one, 1)).Single();
        var b = (await FeedHubHarness.TakeAsync(other, 1)).Single();

        a.ShouldBeSameAs(b);
        a.SseFrame.Equals(b.SseFrame).ShouldBeTrue();
        System.Text.Encoding.UTF8.GetString(a.SocketFrame.Span).ShouldStartWith($"{{\"token\":\"{a.Message.Token}\",\"documentKey\":");
        System.Text.Encoding.UTF8.GetString(a.SseFrame.Span).ShouldStartWith($"id: {a.Message.Token}\nevent: odf\ndata: {{\"documentKey\":");
    }
}
