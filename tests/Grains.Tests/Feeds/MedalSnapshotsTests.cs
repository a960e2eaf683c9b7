using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Grains.Feeds;
using static Olympics.Orleans.Grains.Tests.Feeds.SnapshotHarness;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>The medal table by tier, from stored DT_MEDALS and DT_MEDALLISTS documents.</summary>
public sealed class MedalSnapshotsTests : IAsyncLifetime
{
    private static readonly string Sprint = "ATHM100M".PadRight(34, '-');
    private static readonly string Relay = "SWMW4X100MFR".PadRight(34, '-');
    private SnapshotHarness _games = null!;

    public async ValueTask InitializeAsync() => _games = await StartAsync();

    public async ValueTask DisposeAsync() => await _games.DisposeAsync();

    private Task<Snapshot<Contracts.Results.MedalTableView>?> ReadAsync(FeedConsumer consumer) =>
        _games.Get<MedalSnapshots>().ReadAsync(consumer, TestContext.Current.CancellationToken);

    [Fact]
    public async Task There_is_no_table_until_one_is_visible_to_the_tier()
    {
        (await ReadAsync(Cis)).ShouldBeNull();
        await _games.PostAsync(ResultBodies.Medals(1, ("FRA", 1, 0, 0)));

        var feedAtOnce = await ReadAsync(Feed);
        var cis = await ReadAsync(Cis);
        _games.Time.Advance(Delay);
        var feedLater = await ReadAsync(Feed);

        feedAtOnce.ShouldBeNull();
        cis.ShouldNotBeNull().View.Lines.ShouldBe([new("FRA", 1, 1, 0, 0, 1)]);
        feedLater.ShouldNotBeNull().ETag.ShouldBe(cis.ETag);
        (feedLater.View.Version, feedLater.View.DocumentKey).ShouldBe((1, ResultBodies.KeyOf("DT_MEDALS", ResultBodies.Global)));
    }

    [Fact]
    public async Task Feed_sees_the_previous_table_and_medallists_until_the_embargo_has_passed()
    {
        await _games.PostAsync(ResultBodies.Medals(1, ("FRA", 1, 0, 0)));
        _games.Time.Advance(Delay);
        await _games.PostAsync(ResultBodies.Medals(2, ("FRA", 1, 0, 0), ("USA", 1, 1, 0)));
        await _games.PostAsync(ResultBodies.Medallists(Sprint, 1, ("20", "USA"), ("21", "USA"), ("17", "FRA")));

        var feed = (await ReadAsync(Feed))!.View;
        var cis = (await ReadAsync(Cis))!.View;

        (feed.Version, feed.Lines.Count, feed.Events.Count).ShouldBe((1, 1, 0));
        (cis.Version, cis.Lines.Count).ShouldBe((2, 2));
        var sprint = cis.Events.ShouldHaveSingleItem();
        sprint.Event.ShouldBe(Sprint);
        sprint.Medals.Select(m => (m.Medal, m.Competitor)).ShouldBe([("ME_GOLD", "20"), ("ME_SILVER", "21"), ("ME_BRONZE", "17")]);
    }

    [Fact]
    public async Task Every_key_reads_the_table_but_only_the_medallists_of_the_disciplines_it_follows()
    {
        await _games.PostAsync(ResultBodies.Medals(1, ("FRA", 1, 0, 0)));
        await _games.PostAsync(ResultBodies.Medallists(Sprint, 1, ("17", "FRA")));
        await _games.PostAsync(ResultBodies.Medallists(Relay, 1, ("40", "AUS")));
        var swimming = new FeedConsumer("swim", FeedTier.Cis, new HashSet<string> { "SWM" });

        var all = (await ReadAsync(Cis))!.View;
        var swim = (await ReadAsync(swimming))!.View;

        all.Events.Select(e => e.Event).ShouldBe([Sprint, Relay]);
        swim.Events.Select(e => e.Event).ShouldBe([Relay]);
        swim.Lines.ShouldBe(all.Lines);
    }

    [Fact]
    public async Task Withdrawn_medallists_are_left_out()
    {
        await _games.PostAsync(ResultBodies.Medals(1, ("FRA", 1, 0, 0)));
        await _games.PostAsync(ResultBodies.Medallists(Sprint, 1, ("17", "FRA")));
        var withdrawal = OdfMessages.Header(2, Sprint);
        withdrawal["DocumentType"] = "DT_MEDALLISTS";
        await _games.PostAsync(OdfMessages.Xml(withdrawal, withdrawal: true));

        (await ReadAsync(Cis))!.View.Events.ShouldBeEmpty();
    }
}
