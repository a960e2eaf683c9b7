using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>After OFFICIAL every change carries a note, and the notes accumulate.</summary>
public sealed class ResultNoteTests
{
    private static Session Official()
    {
        var state = SemiAt(ResultStatus.Unofficial);
        return state.Apply(SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Official, [Entry("1", 1), Entry("2", 2)], null, At), state));
    }

    [Fact]
    public void Official_results_need_no_note_the_first_time() =>
        Official().Unit(Semi)!.WasOfficial.ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_correction_after_official_without_a_note_is_refused(string? note) =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Official, [Entry("2", 1), Entry("1", 2)], note, At), Official()))
            .Message.ShouldContain("needs a note");

    [Fact]
    public void A_protest_and_the_results_after_it_still_need_notes_because_the_unit_was_official()
    {
        var protested = Official().Apply(SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Protested, [Entry("1", 1), Entry("2", 2)], "protest by USA", At), Official()));

        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Unofficial, [Entry("1", 1)], null, At), protested));
        protested.Unit(Semi)!.Status.ShouldBe(ResultStatus.Protested);
    }

    [Fact]
    public void Notes_accumulate_oldest_first_with_their_status_and_time()
    {
        var state = Official();
        state = state.Apply(SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Protested, [Entry("1", 1), Entry("2", 2)], "protest by JAM", At), state));
        state = state.Apply(SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Official, [Entry("2", 1), Entry("1", 2)], "protest upheld", At.AddHours(1)), state));

        state.Unit(Semi)!.Notes.ShouldBe([
            new ResultNote(ResultStatus.Protested, "protest by JAM", At),
            new ResultNote(ResultStatus.Official, "protest upheld", At.AddHours(1)),
        ]);
        state.Unit(Semi)!.Results[0].Athlete.ShouldBe("2");
    }

    [Fact]
    public void The_same_correction_sent_twice_is_recorded_once()
    {
        var correction = new RecordUnitResult(Semi, ResultStatus.Official, [Entry("2", 1), Entry("1", 2)], "timing fix", At);
        var state = Official().Apply(SessionDecider.Decide(correction, Official()));

        SessionDecider.Decide(correction, state).ShouldBeEmpty();
    }

    [Fact]
    public void A_note_longer_than_1000_characters_is_refused() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new RecordUnitResult(Semi, ResultStatus.Official, [], new string('x', 1001), At), Official()))
            .Field.ShouldBe("note");
}
