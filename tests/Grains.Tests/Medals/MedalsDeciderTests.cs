using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Grains.Medals;

namespace Olympics.Orleans.Grains.Tests.Medals;

/// <summary>Given events, when a command, then events or the refusal: ODF's version rule for the table and each event's medallists.</summary>
public sealed class MedalsDeciderTests
{
    private const string Event = "ATHM100M--------------------------";
    private static readonly DateTimeOffset _at = new(2024, 8, 4, 20, 0, 0, TimeSpan.Zero);
    private static readonly MedalLine[] _lines = [new(2, "USA", 1, 0, 0, 1), new(1, "FRA", 1, 1, 0, 2)];
    private static readonly Medallist[] _podium = [new(MedalType.Bronze, "3", "JAM"), new(MedalType.Gold, "1", "FRA"), new(MedalType.Silver, "2", "USA")];

    private static CompetitionMedals Given(params IMedalsEvent[] events) => events.Aggregate(CompetitionMedals.None, CompetitionMedals.Evolve);

    [Fact]
    public void A_table_is_kept_by_rank_with_its_version()
    {
        var events = MedalsDecider.Decide(new ReplaceMedalTable(3, _lines, _at), Given());

        var replaced = events.ShouldHaveSingleItem().ShouldBeOfType<MedalTableReplaced>();
        replaced.Lines.Select(l => l.Noc).ShouldBe(["FRA", "USA"]);
        var state = Given(replaced);
        (state.TableVersion, state.Table.Count).ShouldBe((3, 2));
    }

    [Fact]
    public void A_higher_version_replaces_the_table_completely_and_a_lower_or_equal_one_changes_nothing()
    {
        var state = Given(new MedalTableReplaced(3, _lines, _at));

        MedalsDecider.Decide(new ReplaceMedalTable(3, [new(1, "GBR", 1, 0, 0, 1)], _at), state).ShouldBeEmpty();
        MedalsDecider.Decide(new ReplaceMedalTable(2, [new(1, "GBR", 1, 0, 0, 1)], _at), state).ShouldBeEmpty();
        var replaced = Given(new MedalTableReplaced(3, _lines, _at)).Evolve(MedalsDecider.Decide(new ReplaceMedalTable(4, [new(1, "GBR", 1, 0, 0, 1)], _at), state));
        replaced.Table.ShouldHaveSingleItem().Noc.ShouldBe("GBR");
    }

    [Theory]
    [InlineData(1, "FR", 1, 0, 0, 1, "lines[0].noc")]
    [InlineData(0, "FRA", 1, 0, 0, 1, "lines[0]")]
    [InlineData(1, "FRA", -1, 0, 0, -1, "lines[0]")]
    [InlineData(1, "FRA", 1, 1, 1, 4, "lines[0].total")]
    public void A_malformed_line_names_the_field(int rank, string noc, int gold, int silver, int bronze, int total, string field) =>
        Should.Throw<InvalidCommandException>(() => MedalsDecider.Decide(new ReplaceMedalTable(1, [new(rank, noc, gold, silver, bronze, total)], _at), Given()))
            .Field.ShouldBe(field);

    [Fact]
    public void A_noc_on_two_lines_is_refused() =>
        Should.Throw<InvalidCommandException>(() => MedalsDecider.Decide(
            new ReplaceMedalTable(1, [new(1, "FRA", 1, 0, 0, 1), new(2, "FRA", 0, 1, 0, 1)], _at), Given())).Field.ShouldBe("lines[1].noc");

    [Fact]
    public void A_withdrawn_table_is_empty_until_a_higher_version()
    {
        var state = Given(new MedalTableReplaced(3, _lines, _at));

        var withdrawn = state.Evolve(MedalsDecider.Decide(new WithdrawMedalTable(3, _at), state));

        (withdrawn.TableWithdrawn, withdrawn.Table.Count).ShouldBe((true, 0));
        MedalsDecider.Decide(new WithdrawMedalTable(3, _at), withdrawn).ShouldBeEmpty();
        MedalsDecider.Decide(new ReplaceMedalTable(3, _lines, _at), withdrawn).ShouldBeEmpty();
        withdrawn.Evolve(MedalsDecider.Decide(new ReplaceMedalTable(4, _lines, _at), withdrawn)).TableWithdrawn.ShouldBeFalse();
    }

    [Fact]
    public void Withdrawing_a_table_never_received_changes_nothing() =>
        MedalsDecider.Decide(new WithdrawMedalTable(1, _at), Given()).ShouldBeEmpty();

    [Fact]
    public void Medallists_are_kept_per_event_gold_first_and_only_a_higher_version_replaces_them()
    {
        var state = Given().Evolve(MedalsDecider.Decide(new RecordMedallists(Event, 1, _podium, _at), Given()));

        state.Event(Event)!.Medallists.Select(m => m.Medal).ShouldBe([MedalType.Gold, MedalType.Silver, MedalType.Bronze]);
        MedalsDecider.Decide(new RecordMedallists(Event, 1, [], _at), state).ShouldBeEmpty();
        state.Evolve(MedalsDecider.Decide(new RecordMedallists(Event, 2, [.. _podium.Take(2)], _at), state)).Event(Event)!.Medallists.Count.ShouldBe(2);
    }

    [Fact]
    public void Withdrawn_medallists_leave_the_event_without_medallists()
    {
        var state = Given(new MedallistsRecorded(Event, 1, _podium, _at));

        var withdrawn = state.Evolve(MedalsDecider.Decide(new WithdrawMedallists(Event, 2, _at), state));

        withdrawn.Event(Event).ShouldBe(new EventMedals(Event, 2, true, []), new EventMedalsComparer());
        MedalsDecider.Decide(new WithdrawMedallists(Event, 2, _at), withdrawn).ShouldBeEmpty();
        MedalsDecider.Decide(new WithdrawMedallists("SWMW100MFR------------------------", 1, _at), state).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ATHM100M--------------FNL-000100--", "event")]
    [InlineData("ATHM------------------------------", "event")]
    public void Medallists_of_something_that_is_not_an_event_name_the_field(string rsc, string field) =>
        Should.Throw<InvalidCommandException>(() => MedalsDecider.Decide(new RecordMedallists(rsc, 1, _podium, _at), Given())).Field.ShouldBe(field);

    [Theory]
    [InlineData((MedalType)7, "1", "FRA", "medallists[0].medal")]
    [InlineData(MedalType.Gold, "", "FRA", "medallists[0].competitor")]
    [InlineData(MedalType.Gold, "1", "France", "medallists[0].noc")]
    public void A_malformed_medallist_names_the_field(MedalType medal, string competitor, string noc, string field) =>
        Should.Throw<InvalidCommandException>(() => MedalsDecider.Decide(new RecordMedallists(Event, 1, [new(medal, competitor, noc)], _at), Given()))
            .Field.ShouldBe(field);

    [Fact]
    public void A_version_below_1_is_refused() =>
        Should.Throw<InvalidCommandException>(() => MedalsDecider.Decide(new ReplaceMedalTable(0, [], _at), Given())).Field.ShouldBe("version");

    private sealed class EventMedalsComparer : IEqualityComparer<EventMedals?>
    {
        public bool Equals(EventMedals? x, EventMedals? y) =>
            x is not null && y is not null && (x.Event, x.Version, x.Withdrawn) == (y.Event, y.Version, y.Withdrawn) && x.Medallists.SequenceEqual(y.Medallists);

        public int GetHashCode(EventMedals? obj) => 0;
    }
}

internal static class MedalsTestExtensions
{
    public static CompetitionMedals Evolve(this CompetitionMedals state, IEnumerable<IMedalsEvent> events) => events.Aggregate(state, CompetitionMedals.Evolve);
}
