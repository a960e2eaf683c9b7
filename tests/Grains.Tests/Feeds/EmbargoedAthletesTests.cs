using System.Text.Json;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Athletes;
using Olympics.Orleans.Grains.Feeds;
using static Olympics.Orleans.Grains.Tests.Feeds.SnapshotHarness;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>Athletes as the embargoed tier sees them: as they were the feed delay ago, so standing from results waits like results.</summary>
public sealed class EmbargoedAthletesTests : IAsyncLifetime
{
    private const string Men100 = "ATHM100M--------------------------";
    private const string SemiPhase = "ATHM100M--------------SFNL--------";
    private SnapshotHarness _games = null!;

    private EmbargoedAthletes Athletes => _games.Get<EmbargoedAthletes>();

    private IAthleteGrain Grain(string id = "1001") => _games.Grains.GetGrain<IAthleteGrain>(id);

    public async ValueTask InitializeAsync()
    {
        _games = await StartAsync();
        await RegisterAsync("1001");
        _games.Time.Advance(Delay);
    }

    public async ValueTask DisposeAsync() => await _games.DisposeAsync();

    private async Task RegisterAsync(string id)
    {
        var at = _games.Time.GetUtcNow();
        await Grain(id).RegisterAthleteAsync(new RegisterAthlete("JAM", "Kishane", $"Thompson{id}", AthleteGender.Male, new DateOnly(2001, 5, 31), "ATH", "12345678", at));
        await Grain(id).EnterEventAsync(new EnterEvent(Men100, at));
        await _games.CaughtUpAsync();
    }

    private async Task QualifyAsync(string id = "1001")
    {
        await Grain(id).MarkQualifiedAsync(new MarkQualified(Men100, SemiPhase, _games.Time.GetUtcNow()));
        await _games.CaughtUpAsync();
    }

    private Task<AthleteView?> FindAsync(string id = "1001") => Athletes.FindAsync(id, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Standing_set_now_shows_only_once_the_feed_delay_has_passed()
    {
        await QualifyAsync();

        var atOnce = (await FindAsync())!;
        _games.Time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        var justBefore = (await FindAsync())!;
        _games.Time.Advance(TimeSpan.FromMilliseconds(1));
        var after = (await FindAsync())!;

        (atOnce.Version, atOnce.Entries.Single().Status).ShouldBe((2, EntryStatus.Entered));
        (justBefore.Version, justBefore.Entries.Single().Status).ShouldBe((2, EntryStatus.Entered));
        (after.Version, after.Entries.Single().Status, after.Entries.Single().Phase).ShouldBe((3, EntryStatus.Qualified, SemiPhase));
    }

    [Fact]
    public async Task An_athlete_unchanged_for_the_delay_is_the_directorys_own_view()
    {
        var embargoed = await FindAsync();

        embargoed.ShouldBeSameAs(_games.Get<AthleteDirectory>().Find("1001"));
    }

    [Fact]
    public async Task An_athlete_registered_less_than_the_delay_ago_shows_as_registered_with_no_entries_and_an_unknown_one_not_at_all()
    {
        await RegisterAsync("1002");
        await QualifyAsync("1002");

        var recent = (await FindAsync("1002"))!;

        (recent.Version, recent.FamilyName, recent.AccreditationNumber).ShouldBe((1, "Thompson1002", "12345678"));
        recent.Entries.ShouldBeEmpty();
        (await FindAsync("9999")).ShouldBeNull();
    }

    [Fact]
    public async Task A_list_and_a_command_answer_show_each_athlete_as_the_embargoed_tier_may_see_them()
    {
        await QualifyAsync();

        var page = await Athletes.ListAsync("JAM", Men100, 1, 50, TestContext.Current.CancellationToken);
        var answer = await Athletes.PresentAsync((await Grain().GetAthleteAsync())!, TestContext.Current.CancellationToken);

        page.Items.ShouldHaveSingleItem().Entries.Single().Status.ShouldBe(EntryStatus.Entered);
        page.Total.ShouldBe(1);
        (answer.Version, answer.Entries.Single().Status).ShouldBe((2, EntryStatus.Entered));
    }

    [Fact]
    public async Task A_long_athlete_stream_is_folded_from_its_snapshot_to_the_version_visible()
    {
        for (var i = 1; i <= 120; i++)
        {
            _games.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Grain().RecordIrmAsync(new RecordIrm(Men100, i % 2 == 0 ? "DQ" : "DNF", _games.Time.GetUtcNow()));
        }

        await _games.CaughtUpAsync();
        (await _games.Store.LoadSnapshotAsync("athlete-1001", ct: TestContext.Current.CancellationToken)).ShouldNotBeNull("the grain saves a snapshot every 100 events");
        var visible = (await FindAsync())!;

        // 2 s at one mark per 100 ms: the 20 newest are embargoed; the one stored exactly 2 s ago is not.
        visible.Version.ShouldBe(122 - 20);
        visible.Entries.Single().Irm.ShouldBe("DQ");
        JsonSerializer.Serialize(visible).ShouldBe(JsonSerializer.Serialize(await FoldAllAsync(visible.Version)));
    }

    private async Task<AthleteView> FoldAllAsync(long version)
    {
        var serializer = _games.Get<EventSerializer>();
        var state = Athlete.Unregistered;
        await foreach (var stored in _games.Store.ReadStreamAsync("athlete-1001", new(ToVersion: version), TestContext.Current.CancellationToken))
        {
            state = Athlete.Evolve(state, (IAthleteEvent)serializer.Deserialize(stored.Type, stored.Data));
        }

        return AthleteViews.From(state, version);
    }
}
