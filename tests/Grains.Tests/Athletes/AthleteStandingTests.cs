using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Grains.Athletes;
using static Olympics.Orleans.Grains.Tests.Athletes.AthleteFixtures;

namespace Olympics.Orleans.Grains.Tests.Athletes;

/// <summary>Status per event; every command the qualification process sends is idempotent.</summary>
public sealed class AthleteStandingTests
{
    [Fact]
    public void Qualifying_records_the_phase_and_qualifying_again_changes_nothing()
    {
        var qualify = new MarkQualified(Men100, FinalPhase, At);
        var state = Entered().Apply(AthleteDecider.Decide(qualify, Entered()));

        state.Entry(Men100)!.Status.ShouldBe(EntryStatus.Qualified);
        state.Entry(Men100)!.Phase.ShouldBe(FinalPhase);
        AthleteDecider.Decide(qualify, state).ShouldBeEmpty();
    }

    [Fact]
    public void A_repeated_earlier_qualification_does_not_move_the_athlete_back()
    {
        var state = Entered();
        state = state.Apply(AthleteDecider.Decide(new MarkQualified(Men100, SemiPhase, At), state));
        state = state.Apply(AthleteDecider.Decide(new MarkQualified(Men100, FinalPhase, At), state));

        AthleteDecider.Decide(new MarkQualified(Men100, SemiPhase, At), state).ShouldBeEmpty();
        state.Entry(Men100)!.QualifiedFor.ShouldBe([SemiPhase, FinalPhase]);
    }

    [Fact]
    public void Qualifying_for_a_phase_of_another_event_names_the_phase() =>
        Should.Throw<InvalidCommandException>(() => AthleteDecider.Decide(new MarkQualified(Men100, "ATHM200M--------------FNL---------", At), Entered()))
            .Field.ShouldBe("phase");

    [Fact]
    public void Elimination_is_recorded_once()
    {
        var state = Entered().Apply(AthleteDecider.Decide(new MarkEliminated(Men100, At), Entered()));

        state.Entry(Men100)!.Status.ShouldBe(EntryStatus.Eliminated);
        AthleteDecider.Decide(new MarkEliminated(Men100, At), state).ShouldBeEmpty();
    }

    [Fact]
    public void An_irm_of_the_discipline_is_recorded_once_and_another_replaces_it()
    {
        var state = Entered().Apply(AthleteDecider.Decide(new RecordIrm(Men100, "DNF", At), Entered()));

        state.Entry(Men100)!.Irm.ShouldBe("DNF");
        AthleteDecider.Decide(new RecordIrm(Men100, "DNF", At), state).ShouldBeEmpty();
        AthleteDecider.Decide(new RecordIrm(Men100, "DQ", At), state).ShouldBe([new AthleteIrmRecorded(Men100, "DQ", At)]);
    }

    [Fact]
    public void An_irm_of_another_discipline_names_the_irm_field() =>
        Should.Throw<InvalidCommandException>(() => AthleteDecider.Decide(new RecordIrm(Men100, "RET", At), Entered())).Field.ShouldBe("irm");

    [Fact]
    public void A_medal_is_awarded_once_and_a_different_one_is_refused()
    {
        var state = Entered().Apply(AthleteDecider.Decide(new AwardMedal(Men100, Medal.Silver, At), Entered()));

        state.Entry(Men100)!.Medal.ShouldBe(Medal.Silver);
        AthleteDecider.Decide(new AwardMedal(Men100, Medal.Silver, At), state).ShouldBeEmpty();
        Should.Throw<CommandRejectedException>(() => AthleteDecider.Decide(new AwardMedal(Men100, Medal.Gold, At), state)).Message.ShouldContain("already holds Silver");
    }

    [Fact]
    public void Standing_in_an_event_not_entered_is_refused()
    {
        IAthleteEvent[] Run(Athlete s) => [
            .. AthleteDecider.Decide(new MarkQualified("ATHM200M--------------------------", "ATHM200M--------------FNL---------", At), s)];

        Should.Throw<CommandRejectedException>(() => Run(Entered())).Message.ShouldContain("not entered");
        Should.Throw<CommandRejectedException>(() => AthleteDecider.Decide(new MarkEliminated(Women100, At), Entered()));
        Should.Throw<CommandRejectedException>(() => AthleteDecider.Decide(new AwardMedal(Women100, Medal.Gold, At), Entered()));
    }
}
