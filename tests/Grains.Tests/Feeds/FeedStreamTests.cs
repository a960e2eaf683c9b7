using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>Streams by namespace and key through the hub: which session a document belongs to, and the consumer's own filter.</summary>
public sealed class FeedStreamTests
{
    private const string Final = "ATHM100M--------------FNL-0001----";
    private const string Heat = "ATHM100M--------------HEAT0001----";
    private const string HeatPhase = "ATHM100M--------------HEAT--------";
    private const string Athletics = "ATH-------------------------------";
    private const string Swimming = "SWMW200MFR------------FNL-0001----";

    // ATH01 holds the final, ATH02 the heat; the heats phase has units in ATH02 and ATH03.
    private static readonly FeedDocumentSessions _sessions = new(
        unit => unit switch { Final => "ATH01", Heat => "ATH02", Swimming => "SWM01", _ => null },
        phase => phase == HeatPhase ? ["ATH02", "ATH03", "ATH02"] : []);

    private static readonly OdfHeader[] _documents =
    [
        FeedStore.Header(1, Final),
        FeedStore.Header(2, Heat),
        FeedStore.Header(3, HeatPhase) with { DocumentType = "DT_PHASE_RESULT" },
        FeedStore.Header(4, Athletics) with { DocumentType = "DT_SCHEDULE_UPDATE", DocumentSubcode = "ATH03" },
        FeedStore.Header(5, Athletics) with { DocumentType = "DT_MEDALS" },
        FeedStore.Header(6, Swimming),
    ];

    [Fact]
    public void A_document_belongs_to_the_session_of_its_unit_its_schedule_subcode_or_its_phase_and_medals_to_none()
    {
        _documents.Select(d => string.Join(",", _sessions.Of(d))).ShouldBe(["ATH01", "ATH02", "ATH02,ATH03", "ATH03", "", "SWM01"]);
        _sessions.Of(FeedStore.Header(1, "ATHM100M--------------FNL-0002----")).ShouldBeEmpty();
        _sessions.Of(FeedStore.Header(1, Athletics) with { DocumentType = "DT_SCHEDULE_UPDATE", DocumentSubcode = "not-a-session" }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("session/ATH01", null, new[] { 1 })]
    [InlineData("session/ATH03", null, new[] { 3, 4 })]
    [InlineData("discipline/ATH", null, new[] { 1, 2, 3, 4, 5 })]
    [InlineData("feed", null, new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData("feed", "ATH02", new[] { 2, 3 })]
    [InlineData("discipline/ATH", "ATH02", new[] { 2, 3 })]
    [InlineData("session/ATH02", "ATH02", new[] { 2, 3 })]
    public async Task A_stream_gets_its_documents_within_the_consumers_filter(string stream, string? onlySession, int[] versions)
    {
        await using var feed = FeedHubHarness.InMemory(sessions: _sessions);
        await feed.StartAsync();
        var consumer = FeedStore.Consumer(FeedTier.Cis) with { Sessions = onlySession is null ? new HashSet<string>() : new HashSet<string> { onlySession } };
        using var subscription = feed.Subscribe(FeedTier.Cis, stream: FeedStreamId.Parse(stream), consumer: consumer);
        foreach (var document in _documents)
        {
            await feed.StoreAsync(document);
        }

        var received = await FeedHubHarness.TakeAsync(subscription, versions.Length);

        received.Select(e => e.Message.Header.Version).ShouldBe(versions);
        (await FeedHubHarness.NothingMoreAsync(subscription)).ShouldBeTrue();
    }

    [Fact]
    public async Task Subscribers_of_many_session_streams_at_once_each_get_their_sessions_documents_also_after_others_leave()
    {
        await using var feed = FeedHubHarness.InMemory(sessions: _sessions);
        await feed.StartAsync();
        var streams = new[] { "session/ATH01", "session/ATH02", "session/ATH03", "session/ATH02", "feed", "session/SWM01" };
        var subscriptions = streams.Select(s => feed.Subscribe(FeedTier.Cis, stream: FeedStreamId.Parse(s))).ToList();
        var leaving = feed.Subscribe(FeedTier.Cis, stream: FeedStreamId.Session("ATH02"));
        leaving.Dispose();
        try
        {
            foreach (var document in _documents)
            {
                await feed.StoreAsync(document);
            }

            int[][] expected = [[1], [2, 3], [3, 4], [2, 3], [1, 2, 3, 4, 5, 6], [6]];
            for (var i = 0; i < streams.Length; i++)
            {
                var received = await FeedHubHarness.TakeAsync(subscriptions[i], expected[i].Length);
                received.Select(e => e.Message.Header.Version).ShouldBe(expected[i], streams[i]);
                (await FeedHubHarness.NothingMoreAsync(subscriptions[i], 100)).ShouldBeTrue(streams[i]);
            }
        }
        finally
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_stream_read_from_the_store_has_the_same_documents_as_from_the_window()
    {
        await using var feed = FeedHubHarness.InMemory(sessions: _sessions);
        foreach (var document in _documents)
        {
            await feed.StoreAsync(document);
        }

        await feed.StartAsync();
        using var subscription = feed.Subscribe(FeedTier.Cis, stream: FeedStreamId.Session("ATH03"));

        (await FeedHubHarness.TakeAsync(subscription, 2)).Select(e => e.Message.Header.Version).ShouldBe([3, 4]);
        subscription.IsLive.ShouldBeFalse();
    }
}
