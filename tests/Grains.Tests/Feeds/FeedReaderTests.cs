using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static async Task<FeedMessage[]> TakeAsync(IAsyncEnumerable<FeedMessage> messages, int count)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        var taken = new List<FeedMessage>();
        await foreach (var message in messages.WithCancellation(deadline.Token))
        {
            taken.Add(message);
            if (taken.Count == count)
            {
                break;
            }
        }

        return [.. taken];
    }

    [Fact]
    public async Task Cis_reads_every_followed_discipline_at_once_and_skips_the_others()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1, code: "SWMW200MFR------------FNL-0001----"));
        await feed.StoreAsync(FeedStore.Header(1));
        await feed.StoreAsync(FeedStore.Header(2));

        await using var hub = await feed.StartHubAsync();
        var messages = await TakeAsync(new FeedReader(hub.Hub).ReadAsync(FeedStore.Consumer(FeedTier.Cis, "ATH"), FeedStart.Beginning, _ct), 2);

        messages.Select(m => (m.Header.DocumentCode[..3], m.Header.Version)).ShouldBe([("ATH", 1), ("ATH", 2)]);
    }

    [Fact]
    public async Task Resuming_after_a_token_continues_with_the_next_message_exactly()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1));
        var second = await feed.StoreAsync(FeedStore.Header(2));
        await feed.StoreAsync(FeedStore.Header(3), withdrawal: true);

        await using var hub = await feed.StartHubAsync();
        var messages = await TakeAsync(new FeedReader(hub.Hub).ReadAsync(FeedStore.Consumer(FeedTier.Cis), new FeedStart(second.ToToken()), _ct), 1);

        (messages[0].Header.Version, messages[0].Withdrawn).ShouldBe((3, true));
    }

    [Fact]
    public async Task A_logical_day_start_skips_the_messages_of_earlier_days()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1, day: "2024-08-03"));
        await feed.StoreAsync(FeedStore.Header(2, day: "2024-08-04"));

        await using var hub = await feed.StartHubAsync();
        var messages = await TakeAsync(new FeedReader(hub.Hub).ReadAsync(FeedStore.Consumer(FeedTier.Cis), new FeedStart(Day: new DateOnly(2024, 8, 4)), _ct), 1);

        messages[0].Header.Version.ShouldBe(2);
    }

    [Fact]
    public async Task Feed_tier_gets_a_message_only_once_the_clock_has_passed_its_embargo()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1));
        await using var hub = await feed.StartHubAsync();
        await using var messages = new FeedReader(hub.Hub).ReadAsync(FeedStore.Consumer(FeedTier.Feed), FeedStart.Beginning, _ct).GetAsyncEnumerator(_ct);

        var next = messages.MoveNextAsync().AsTask();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!next.IsCompleted && DateTime.UtcNow < deadline)
        {
            // Moving the clock in steps: whenever the reader yields, the clock at that moment is what it judged by.
            await Task.Delay(10, _ct);
            feed.Time.Advance(TimeSpan.FromMilliseconds(250));
        }

        (await next).ShouldBeTrue();
        var clockWhenYielded = feed.Time.GetUtcNow();
        clockWhenYielded.ShouldBeGreaterThanOrEqualTo(messages.Current.StoredAt + FeedStore.Delay);
    }

    [Fact]
    public async Task Feed_tier_snapshot_shows_the_previous_version_until_the_new_one_is_out_of_embargo()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1));
        var key = FeedStore.Header(1).DocumentKey;
        (await feed.Snapshots.LatestAsync(FeedStore.Consumer(FeedTier.Feed), key, _ct)).ShouldBeNull();
        feed.Time.Advance(FeedStore.Delay);
        await feed.StoreAsync(FeedStore.Header(2));

        var feedSees = await feed.Snapshots.LatestAsync(FeedStore.Consumer(FeedTier.Feed), key, _ct);
        var cisSees = await feed.Snapshots.LatestAsync(FeedStore.Consumer(FeedTier.Cis), key, _ct);
        feed.Time.Advance(FeedStore.Delay);
        var feedSeesLater = await feed.Snapshots.LatestAsync(FeedStore.Consumer(FeedTier.Feed), key, _ct);

        (feedSees?.Header.Version, cisSees?.Header.Version, feedSeesLater?.Header.Version).ShouldBe((1, 2, 2));
    }

    [Fact]
    public async Task A_consumer_limited_to_a_session_gets_snapshots_of_that_sessions_documents_only()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1));
        await feed.StoreAsync(FeedStore.Header(1, code: "ATHM100M--------------HEAT0001----"));
        var sessions = new FeedDocumentSessions(unit => unit.Contains("FNL", StringComparison.Ordinal) ? "ATH01" : "ATH02", _ => []);
        var snapshots = new FeedSnapshots(feed.Store, feed.Serializer, feed.Time, new FeedEmbargo(FeedStore.Delay), sessions);
        var ath01 = FeedStore.Consumer(FeedTier.Cis) with { Sessions = new HashSet<string> { "ATH01" } };

        (await snapshots.LatestAsync(ath01, FeedStore.Header(1).DocumentKey, _ct)).ShouldNotBeNull();
        (await snapshots.LatestAsync(ath01, FeedStore.Header(1, code: "ATHM100M--------------HEAT0001----").DocumentKey, _ct)).ShouldBeNull();
    }

    [Fact]
    public async Task A_snapshot_of_a_discipline_the_consumer_does_not_follow_is_not_found()
    {
        var feed = new FeedStore();
        await feed.StoreAsync(FeedStore.Header(1));

        (await feed.Snapshots.LatestAsync(FeedStore.Consumer(FeedTier.Cis, "SWM"), FeedStore.Header(1).DocumentKey, _ct)).ShouldBeNull();
    }
}
