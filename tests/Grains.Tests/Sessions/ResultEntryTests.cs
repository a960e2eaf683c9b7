using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Result entries: IRM per discipline, qualification to a later phase, the start list.</summary>
public sealed class ResultEntryTests
{
    private static IReadOnlyList<ISessionEvent> Record(params UnitResultEntry[] entries) =>
        SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Live, entries, null, At), SemiAt(ResultStatus.StartList));

    [Theory]
    [InlineData("DNS")]
    [InlineData("DNF")]
    [InlineData("DQ")]
    [InlineData("NM")]
    public void An_athletics_irm_is_accepted(string irm) =>
        Record(new UnitResultEntry("1", null, null, irm, null, true)).ShouldHaveSingleItem();

    [Theory]
    [InlineData("DSQ")]
    [InlineData("OTL")]
    [InlineData("dnf")]
    public void An_irm_of_another_discipline_names_the_entry(string irm)
    {
        var error = Should.Throw<InvalidCommandException>(() => Record(Entry("1", 1), new UnitResultEntry("2", null, null, irm, null, true)));

        error.Field.ShouldBe("results[1].irm");
        error.Reason.ShouldContain("DNS, DNF, DQ, NM");
    }

    [Fact]
    public void Qualifying_for_the_final_records_the_phase()
    {
        var recorded = Record(Entry("1", 1, qualifiedFor: FinalPhase), Entry("2", 2, eliminated: true)).ShouldHaveSingleItem().ShouldBeOfType<UnitResultRecorded>();

        recorded.Results[0].QualifiedFor.ShouldBe(FinalPhase);
        recorded.Results[1].Eliminated.ShouldBeTrue();
    }

    [Theory]
    [InlineData("ATHM100M--------------FNL-000100--", "is not a phase")]
    [InlineData("ATHM100M--------------SFNL--------", "is not another phase")]
    [InlineData("ATHM200M--------------FNL---------", "is not another phase")]
    [InlineData("ATHM100M-----------", "34 characters")]
    public void Qualifying_for_anything_but_another_phase_of_the_event_is_refused(string qualifiedFor, string reason)
    {
        var error = Should.Throw<InvalidCommandException>(() => Record(Entry("1", 1, qualifiedFor)));

        error.Field.ShouldBe("results[0].qualifiedFor");
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void An_athlete_both_qualified_and_eliminated_is_refused() =>
        Should.Throw<InvalidCommandException>(() => Record(Entry("1", 1, FinalPhase, eliminated: true))).Field.ShouldBe("results[0].qualifiedFor");

    [Theory]
    [InlineData(0, "results[0].rank")]
    [InlineData(-3, "results[0].rank")]
    public void A_rank_below_one_is_refused(int rank, string field) =>
        Should.Throw<InvalidCommandException>(() => Record(Entry("1", rank))).Field.ShouldBe(field);

    [Fact]
    public void An_athlete_with_two_entries_is_refused() =>
        Should.Throw<InvalidCommandException>(() => Record(Entry("1", 1), Entry("1", 2))).Field.ShouldBe("results[1].athlete");

    [Fact]
    public void An_athlete_not_on_the_start_list_is_refused() =>
        Should.Throw<CommandRejectedException>(() => Record(Entry("99", 1))).Message.ShouldContain("not on the start list");
}
