using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using static Olympics.Orleans.Grains.Tests.Feeds.SnapshotHarness;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>A session's results by tier, from stored DT_RESULT documents, on a clock the test moves.</summary>
public sealed class SessionResultSnapshotsTests : IAsyncLifetime
{
    private SnapshotHarness _games = null!;

    private SessionResultSnapshots Snapshots => _games.Get<SessionResultSnapshots>();

    public async ValueTask InitializeAsync()
    {
        _games = await StartAsync();
        await _games.ScheduleAsync();
    }

    public async ValueTask DisposeAsync() => await _games.DisposeAsync();

    private Task<Snapshot<Contracts.Results.SessionResultsView>?> ReadAsync(FeedConsumer consumer, string code = "ATH01") =>
        Snapshots.ReadAsync(consumer, code, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Feed_sees_the_previous_version_until_the_embargo_has_passed_and_Cis_sees_the_new_one_at_once()
    {
        await _games.PostAsync(ResultBodies.Result(Final, 1, "LIVE", ("17", "FRA", "9.90"), ("20", "USA", "9.95")));
        _games.Time.Advance(Delay);
        await _games.PostAsync(ResultBodies.Result(Final, 2, "OFFICIAL", ("20", "USA", "9.79"), ("17", "FRA", "9.80")));

        var cis = (await ReadAsync(Cis))!.View.Units.Single(u => u.Rsc == Final);
        _games.Time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        var feedJustBefore = (await ReadAsync(Feed))!.View.Units.Single(u => u.Rsc == Final);
        _games.Time.Advance(TimeSpan.FromMilliseconds(1));
        var feedAtTheEmbargo = (await ReadAsync(Feed))!.View.Units.Single(u => u.Rsc == Final);

        (cis.Version, cis.ResultStatus).ShouldBe((2, "OFFICIAL"));
        cis.Competitors.Select(c => (c.Competitor, c.Organisation, c.Rank, c.Mark)).ShouldBe([("20", "USA", 1, "9.79"), ("17", "FRA", 2, "9.80")]);
        (feedJustBefore.Version, feedJustBefore.ResultStatus, feedJustBefore.Competitors[0].Competitor).ShouldBe((1, "LIVE", "17"));
        feedAtTheEmbargo.ShouldBe(cis);
    }

    [Fact]
    public async Task Units_come_in_start_order_and_one_with_no_visible_document_has_no_results()
    {
        await _games.PostAsync(ResultBodies.Result(Final, 1, "START_LIST"));

        var feed = (await ReadAsync(Feed))!.View;
        var cis = (await ReadAsync(Cis))!.View;

        feed.Session.ShouldBe("ATH01");
        feed.Units.Select(u => (u.Rsc, u.Title, u.DocumentKey, u.Version)).ShouldBe([(Heat, "Heat 1", null, null), (Final, "Final", null, (int?)null)]);
        cis.Units[1].DocumentKey.ShouldBe(ResultBodies.KeyOf("DT_RESULT", Final));
        cis.Units[1].ResultStatus.ShouldBe("START_LIST");
    }

    [Fact]
    public async Task An_unknown_session_or_one_whose_discipline_the_key_does_not_follow_has_no_snapshot()
    {
        var swimming = new FeedConsumer("swim", FeedTier.Cis, new HashSet<string> { "SWM" });
        var athletics = new FeedConsumer("ath", FeedTier.Cis, new HashSet<string> { "ATH" });

        (await ReadAsync(Cis, "ATH99")).ShouldBeNull();
        (await ReadAsync(swimming)).ShouldBeNull();
        (await ReadAsync(athletics)).ShouldNotBeNull().View.Units.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_etag_changes_with_a_version_a_tier_may_see_and_not_before()
    {
        await _games.PostAsync(ResultBodies.Result(Final, 1, "LIVE", ("17", "FRA", "9.90")));
        _games.Time.Advance(Delay);
        var feedBefore = (await ReadAsync(Feed))!.ETag;
        var cisBefore = (await ReadAsync(Cis))!.ETag;

        await _games.PostAsync(ResultBodies.Result(Final, 2, "LIVE", ("17", "FRA", "9.85")));
        var feedEmbargoed = (await ReadAsync(Feed))!.ETag;
        var cisAfter = (await ReadAsync(Cis))!.ETag;
        _games.Time.Advance(Delay);
        var feedAfter = (await ReadAsync(Feed))!.ETag;

        feedBefore.ShouldBe(cisBefore, "the same versions give the same tag whatever the tier");
        feedEmbargoed.ShouldBe(feedBefore, "a new version must not show through the tag before the embargo");
        cisAfter.ShouldNotBe(cisBefore);
        feedAfter.ShouldBe(cisAfter);
        feedAfter.ShouldStartWith("\"");
    }

    [Fact]
    public async Task Each_version_is_read_from_the_store_once_however_often_it_is_asked_for()
    {
        await _games.PostAsync(ResultBodies.Result(Heat, 1, "OFFICIAL", ("1", "KEN", "10.01")));
        await _games.PostAsync(ResultBodies.Result(Final, 1, "LIVE", ("17", "FRA", "9.90")));
        var documents = _games.Get<ParsedOdfDocuments>();
        var before = documents.StoreReads;

        for (var i = 0; i < 50; i++)
        {
            await ReadAsync(Cis);
        }

        (documents.StoreReads - before).ShouldBe(2);
    }

    [Fact]
    public async Task The_english_document_wins_over_another_language_and_a_withdrawal_shows_as_withdrawn()
    {
        var french = OdfMessages.Header(1, Final);
        french["Language"] = "FRA";
        await _games.PostAsync(ResultBodies.Message(french, "<Result Rank=\"1\"><Competitor Code=\"99\" Organisation=\"FRA\"/></Result>"));
        var onlyFrench = (await ReadAsync(Cis))!.View.Units[1];
        await _games.PostAsync(ResultBodies.Result(Final, 1, "LIVE", ("17", "FRA", "9.90")));
        var english = (await ReadAsync(Cis))!.View.Units[1];
        await _games.PostAsync(OdfMessages.Xml(OdfMessages.Header(2, Final), withdrawal: true));
        var withdrawn = (await ReadAsync(Cis))!.View.Units[1];

        onlyFrench.Competitors.ShouldHaveSingleItem().Competitor.ShouldBe("99");
        english.DocumentKey.ShouldBe(ResultBodies.KeyOf("DT_RESULT", Final));
        english.Competitors.ShouldHaveSingleItem().Competitor.ShouldBe("17");
        (withdrawn.Withdrawn, withdrawn.Version, withdrawn.Competitors.Count).ShouldBe((true, 2, 0));
    }
}
