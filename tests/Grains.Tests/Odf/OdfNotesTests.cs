using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Odf;

/// <summary>The notes a message carries, read as the ingest parses it: wherever the competition data holds them.</summary>
public sealed class OdfNotesTests
{
    private static IReadOnlyList<string> NotesOf(string competition, string after = "") =>
        OdfMessageParser.Parse(OdfMessages.Bytes(OdfMessages.Xml(OdfMessages.Header(version: 9)).Replace(
            "<Result Rank=\"1\" Result=\"9.79\"/></Competition>", $"<Result Rank=\"1\" Result=\"9.79\"/>{competition}</Competition>{after}", StringComparison.Ordinal))).Notes;

    [Fact]
    public void Notes_in_a_notes_element_are_read_in_order_with_their_whitespace_made_one_space() =>
        NotesOf("<Notes><Note Version=\"4\">Photo finish reviewed</Note><Note Version=\"9\">  Lane 4\n\t  reinstated  </Note></Notes>")
            .ShouldBe(["Photo finish reviewed", "Lane 4 reinstated"]);

    [Fact]
    public void A_note_directly_in_the_competition_data_or_deeper_is_read_too() =>
        NotesOf("""<Note>Wind gauge failed</Note><ExtendedInfos><ExtendedInfo Type="UI"><Note Value="Timing by hand"/></ExtendedInfo></ExtendedInfos>""")
            .ShouldBe(["Wind gauge failed", "Timing by hand"]);

    [Fact]
    public void Empty_and_repeated_notes_are_left_out_and_a_note_inside_a_note_is_part_of_it() =>
        NotesOf("""<Note/><Note>Checked</Note><Notes><Note>Checked</Note><Note>Outer <Note>inner</Note></Note></Notes>""")
            .ShouldBe(["Checked", "Outer inner"]);

    [Fact]
    public void Notes_outside_the_competition_element_are_not_the_results_notes() =>
        NotesOf("", after: "<Note>Transport comment</Note>").ShouldBeEmpty();

    [Fact]
    public void A_withdrawal_carries_no_notes_and_its_command_none() =>
        OdfMessageParser.Parse(OdfMessages.Bytes(OdfMessages.Xml(version: 3, withdrawal: true))).ToCommand(DateTimeOffset.UnixEpoch).Notes.ShouldBeNull();
}
