using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>The session read model on an in-memory store, fed by real grains.</summary>
public sealed class SessionCatalogTests : IAsyncLifetime
{
    private const string SurfHeat1 = "SRFMSHORTBRD----------R1--000100--";
    private const string SurfHeat2 = "SRFMSHORTBRD----------R1--000200--";
    private const string SurfRound1 = "SRFMSHORTBRD----------R1----------";
    private const string Heat1 = "ATHW400M--------------HEAT000100--";
    private const string Heat5 = "ATHW400M--------------HEAT000500--";
    private const string Final = "ATHW400M--------------FNL-000100--";
    private static readonly TimeSpan _tahiti = TimeSpan.FromHours(-10);
    private static readonly TimeSpan _paris = TimeSpan.FromHours(2);
    private GamesHarness _games = null!;

    private SessionCatalog Catalog => _games.Get<SessionCatalog>();

    public async ValueTask InitializeAsync()
    {
        _games = await GamesHarness.StartAsync();
        // 00:30 in Tahiti on 28 July: still competition day 27 July (the ODF day ends at 03:00 local).
        await Schedule("SRF01", "SRF", "TAH", new(2024, 7, 28, 0, 30, 0, _tahiti), (SurfHeat1, 0));
        // 20:00 in Tahiti on 28 July is already 29 July 08:00 in Paris: a Tahiti day 28 session.
        await Schedule("SRF02", "SRF", "TAH", new(2024, 7, 28, 20, 0, 0, _tahiti), (SurfHeat2, 0));
        await Schedule("ATH01", "ATH", "STA", new(2024, 8, 7, 10, 0, 0, _paris), (Heat1, 0));
        await Schedule("ATH02", "ATH", "STA", new(2024, 8, 7, 12, 0, 0, _paris), (Heat5, 0));
        await Schedule("ATH03", "ATH", "STA", new(2024, 8, 9, 21, 0, 0, _paris), (Final, 0));
        await _games.CaughtUpAsync();
    }

    public async ValueTask DisposeAsync() => await _games.DisposeAsync();

    [Fact]
    public void A_session_starting_at_half_past_midnight_belongs_to_the_previous_competition_day()
    {
        Codes(Catalog.List(new SessionFilter(Day: new DateOnly(2024, 7, 27)), 1, 50).Items).ShouldBe(["SRF01"]);
        Catalog.Find("SRF01")!.StartLocal.ShouldBe(new DateTimeOffset(2024, 7, 28, 0, 30, 0, _tahiti));
        Catalog.Find("SRF01")!.StartLocal.Offset.ShouldBe(_tahiti);
    }

    [Fact]
    public void A_tahiti_evening_session_is_on_its_tahiti_day_though_it_is_the_next_morning_in_paris()
    {
        var session = Catalog.List(new SessionFilter(Day: new DateOnly(2024, 7, 28)), 1, 50).Items.ShouldHaveSingleItem();

        session.Code.ShouldBe("SRF02");
        session.StartUtc.ShouldBe(new DateTimeOffset(2024, 7, 29, 6, 0, 0, TimeSpan.Zero));
        session.Units[0].Day.ShouldBe(new DateOnly(2024, 7, 28));
        Catalog.List(new SessionFilter(Day: new DateOnly(2024, 7, 29)), 1, 50).Total.ShouldBe(0);
    }

    [Fact]
    public void Sessions_filter_by_venue_and_discipline_in_start_order_with_paging()
    {
        var page = Catalog.List(new SessionFilter(Venue: "STA", Discipline: "ATH"), 2, 2);

        Codes(page.Items).ShouldBe(["ATH03"]);
        page.Total.ShouldBe(3);
        Catalog.List(new SessionFilter(Venue: "TAH", Discipline: "ATH"), 1, 10).Total.ShouldBe(0);
    }

    [Fact]
    public void A_unit_leads_to_its_session_and_an_unknown_unit_to_none()
    {
        Catalog.FindSessionByUnit(Heat5)!.Code.ShouldBe("ATH02");
        Catalog.FindSessionByUnit("ATHW400M--------------HEAT000900--").ShouldBeNull();
    }

    [Fact]
    public void A_phase_leads_to_every_session_holding_its_units()
    {
        Codes(Catalog.FindSessionsByPhase("ATHW400M--------------HEAT--------")).ShouldBe(["ATH01", "ATH02"]);
        Codes(Catalog.FindSessionsByPhase(SurfRound1)).ShouldBe(["SRF01", "SRF02"]);
        Catalog.FindSessionsByPhase("ATHW400M--------------SFNL--------").ShouldBeEmpty();
        Catalog.FindSessionsByPhase("not an rsc").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_catalog_follows_status_changes_start_lists_and_results()
    {
        var grain = _games.Grains.GetGrain<ISessionGrain>("ATH03");
        await grain.ChangeSessionStatusAsync(new ChangeSessionStatus(ScheduleStatus.Running, null, null, null, GamesHarness.At));
        await grain.SetStartListAsync(new SetStartList(Final, ["1", "2"], GamesHarness.At));
        await grain.RecordUnitResultAsync(new RecordUnitResult(Final, ResultStatus.Live, [new UnitResultEntry("1", 1, "49.10", null, null, false)], null, GamesHarness.At));
        await _games.CaughtUpAsync();

        var session = Catalog.Find("ATH03")!;
        session.ShouldBe(await grain.GetSessionAsync(), new SessionViewComparer());
        session.Status.ShouldBe(ScheduleStatus.Running);
        session.Units[0].Status.ShouldBe(ResultStatus.Live);
        session.Version.ShouldBe(4);
    }

    private static string[] Codes(IEnumerable<SessionView> sessions) => [.. sessions.Select(s => s.Code)];

    private async Task Schedule(string code, string discipline, string venue, DateTimeOffset start, params (string Rsc, int Minutes)[] units) =>
        await _games.Grains.GetGrain<ISessionGrain>(code).ScheduleSessionAsync(new ScheduleSession(discipline, venue, $"{code} session", start, start.AddHours(3),
            [.. units.Select(u => new PlannedUnit(u.Rsc, u.Rsc, start.AddMinutes(u.Minutes)))], GamesHarness.At));
}
