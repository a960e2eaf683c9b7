using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Feeds.SnapshotHarness;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>Sessions as the embargoed tier sees them: as they were the feed delay ago.</summary>
public sealed class EmbargoedSessionsTests : IAsyncLifetime
{
    private SnapshotHarness _games = null!;

    private EmbargoedSessions Sessions => _games.Get<EmbargoedSessions>();

    private ISessionGrain Grain => _games.Grains.GetGrain<ISessionGrain>("ATH01");

    public async ValueTask InitializeAsync()
    {
        _games = await StartAsync();
        await _games.ScheduleAsync();
        await Grain.SetStartListAsync(new SetStartList(Final, ["17", "20"], _games.Time.GetUtcNow()));
        _games.Time.Advance(Delay);
    }

    public async ValueTask DisposeAsync() => await _games.DisposeAsync();

    private async Task RecordAsync(ResultStatus status, string mark)
    {
        await Grain.RecordUnitResultAsync(new RecordUnitResult(Final, status, [new("17", 1, mark, null, null, false), new("20", 2, "9.99", null, null, false)], null, _games.Time.GetUtcNow()));
        await _games.CaughtUpAsync();
    }

    private Task<SessionView?> FindAsync(string code = "ATH01") => Sessions.FindAsync(code, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Results_recorded_now_show_only_once_the_feed_delay_has_passed()
    {
        await RecordAsync(ResultStatus.Live, "9.90");

        var atOnce = (await FindAsync())!;
        _games.Time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        var justBefore = (await FindAsync())!;
        _games.Time.Advance(TimeSpan.FromMilliseconds(1));
        var after = (await FindAsync())!;

        atOnce.Units.Single(u => u.Rsc == Final).Status.ShouldBe(ResultStatus.StartList);
        atOnce.Units.Single(u => u.Rsc == Final).Results.ShouldBeEmpty();
        (atOnce.Version, justBefore.Version).ShouldBe((2, 2));
        var final = after.Units.Single(u => u.Rsc == Final);
        (after.Version, final.Status, final.Results[0].Mark).ShouldBe((3, ResultStatus.Live, "9.90"));
    }

    [Fact]
    public async Task A_session_unchanged_for_the_delay_is_the_catalogs_own_view()
    {
        var embargoed = await FindAsync();

        embargoed.ShouldBeSameAs(_games.Get<SessionCatalog>().Find("ATH01"));
    }

    [Fact]
    public async Task A_session_scheduled_less_than_the_delay_ago_shows_as_scheduled_and_an_unknown_one_not_at_all()
    {
        await _games.ScheduleAsync("ATH02");
        await _games.Grains.GetGrain<ISessionGrain>("ATH02").SetStartListAsync(new SetStartList(Final, ["17"], _games.Time.GetUtcNow()));
        await _games.CaughtUpAsync();

        var recent = (await FindAsync("ATH02"))!;

        (recent.Version, recent.Units.Single(u => u.Rsc == Final).StartList.Count).ShouldBe((1, 0));
        (await FindAsync("ATH99")).ShouldBeNull();
    }

    [Fact]
    public async Task A_list_shows_each_session_as_the_embargoed_tier_may_see_it()
    {
        await RecordAsync(ResultStatus.Live, "9.90");

        var page = await Sessions.ListAsync(new SessionFilter(Discipline: "ATH"), 1, 50, TestContext.Current.CancellationToken);
        var answer = await Sessions.PresentAsync((await Grain.GetSessionAsync())!, TestContext.Current.CancellationToken);

        page.Items.ShouldHaveSingleItem().Version.ShouldBe(2);
        page.Total.ShouldBe(1);
        answer.Version.ShouldBe(2);
    }

    [Fact]
    public async Task A_long_session_is_folded_from_its_snapshot_to_the_version_visible()
    {
        await RecordAsync(ResultStatus.Live, "0");
        for (var i = 1; i <= 120; i++)
        {
            _games.Time.Advance(TimeSpan.FromMilliseconds(100));
            await RecordAsync(ResultStatus.Live, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        (await _games.Store.LoadSnapshotAsync("session-ATH01", ct: TestContext.Current.CancellationToken)).ShouldNotBeNull("the grain saves a snapshot every 100 events");
        var visible = (await FindAsync())!;

        // 2 s at one result per 100 ms: the 20 newest results are embargoed; the one stored exactly 2 s ago is not.
        visible.Version.ShouldBe(123 - 20);
        visible.Units.Single(u => u.Rsc == Final).Results[0].Mark.ShouldBe("100");
        System.Text.Json.JsonSerializer.Serialize(visible).ShouldBe(System.Text.Json.JsonSerializer.Serialize(await FoldAllAsync(visible.Version)));
    }

    private async Task<SessionView> FoldAllAsync(long version)
    {
        var serializer = _games.Get<Olympics.Orleans.EventStore.Serialization.EventSerializer>();
        var state = Session.Unscheduled;
        await foreach (var stored in _games.Store.ReadStreamAsync("session-ATH01", new(ToVersion: version), TestContext.Current.CancellationToken))
        {
            state = Session.Evolve(state, (ISessionEvent)serializer.Deserialize(stored.Type, stored.Data));
        }

        return SessionViews.From(state, version);
    }
}
