using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Odf;

/// <summary>Given events, when a message, then the outcome and the events.</summary>
public sealed class OdfDocumentDeciderTests
{
    private static readonly DateTimeOffset _at = new(2024, 8, 4, 19, 55, 12, TimeSpan.Zero);

    private static ReceiveOdfMessage Message(int version, bool withdrawal = false) =>
        OdfMessageParser.Parse(OdfMessages.Bytes(OdfMessages.Xml(version, withdrawal: withdrawal))).ToCommand(_at);

    private static string Key => Message(1).Header.DocumentKey;

    private static OdfDocumentReceived Received(int version) => new(Message(version).Header, Message(version).Xml, _at);

    private static OdfDocumentWithdrawn Withdrawn(int version) => new(Message(version, true).Header, Message(version, true).Xml, _at);

    private static OdfDocument Given(params IOdfDocumentEvent[] events) => events.Aggregate(OdfDocument.None, OdfDocument.Evolve);

    private static OdfDecision When(ReceiveOdfMessage command, OdfDocument state) => OdfDocumentDecider.Decide(Key, command, state);

    private static void Then(OdfDecision decision, OdfOutcome outcome, params IOdfDocumentEvent[] events)
    {
        decision.Outcome.ShouldBe(outcome);
        decision.Events.ShouldBe(events);
    }

    [Fact]
    public void A_version_carries_the_notes_of_the_versions_before_it_then_its_own_even_over_lost_versions()
    {
        var state = Given(Received(3) with { Notes = ["Ranks corrected"] });

        var decision = When(Message(6) with { Notes = ["Lane 4 reinstated", "Ranks corrected"] }, state);

        var received = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<OdfDocumentReceived>();
        received.Notes.ShouldBe(["Ranks corrected", "Lane 4 reinstated"]);
        Given(Received(3) with { Notes = ["Ranks corrected"] }, received, Withdrawn(7)).Notes.ShouldBe(["Ranks corrected", "Lane 4 reinstated"]);
        When(Message(8), Given(received)).Events.ShouldHaveSingleItem().ShouldBeOfType<OdfDocumentReceived>().Notes.ShouldBe(["Ranks corrected", "Lane 4 reinstated"]);
    }

    [Fact]
    public void A_version_of_a_document_without_notes_carries_none() =>
        When(Message(2), Given(Received(1))).Events.ShouldHaveSingleItem().ShouldBeOfType<OdfDocumentReceived>().Notes.ShouldBeNull();

    [Fact]
    public void The_first_version_is_stored() =>
        Then(When(Message(1), Given()), OdfOutcome.Stored, Received(1));

    [Fact]
    public void A_higher_version_replaces_the_document()
    {
        var decision = When(Message(5), Given(Received(1), Received(2)));

        decision.Outcome.ShouldBe(OdfOutcome.Stored);
        decision.Events.ShouldBe([Received(5)]);
        Given(Received(1), decision.Events[0]).Version.ShouldBe(5);
    }

    [Fact]
    public void The_same_version_again_is_a_duplicate_and_changes_nothing() =>
        Then(When(Message(2), Given(Received(1), Received(2))), OdfOutcome.Duplicate);

    [Fact]
    public void A_lower_version_is_superseded_and_changes_nothing() =>
        Then(When(Message(1), Given(Received(3))), OdfOutcome.Superseded);

    [Fact]
    public void A_withdrawal_at_a_higher_version_withdraws_the_document()
    {
        var decision = When(Message(4, withdrawal: true), Given(Received(3)));

        Then(decision, OdfOutcome.Withdrawn, Withdrawn(4));
        Given(Received(3), Withdrawn(4)).Withdrawn.ShouldBeTrue();
    }

    [Fact]
    public void A_withdrawal_with_the_stored_version_withdraws_the_document() =>
        When(Message(3, withdrawal: true), Given(Received(3))).Outcome.ShouldBe(OdfOutcome.Withdrawn);

    [Fact]
    public void A_withdrawal_that_arrives_before_any_version_is_kept() =>
        Then(When(Message(3, withdrawal: true), Given()), OdfOutcome.Withdrawn, Withdrawn(3));

    [Fact]
    public void A_version_arriving_after_a_higher_withdrawal_that_came_first_is_superseded() =>
        When(Message(2), Given(Withdrawn(3))).Outcome.ShouldBe(OdfOutcome.Superseded);

    [Fact]
    public void A_version_above_a_withdrawal_that_came_first_brings_the_document_back() =>
        Then(When(Message(4), Given(Withdrawn(3))), OdfOutcome.Stored, Received(4));

    [Fact]
    public void A_keep_alive_is_stored_even_when_its_sender_calls_it_a_withdrawal()
    {
        var header = OdfMessages.Header(version: 2, code: "STA");
        (header["DocumentType"], header["ResultStatus"], header["Language"]) = ("DT_KA", null, null);
        var keepAlive = OdfMessageParser.Parse(OdfMessages.Bytes(OdfMessages.Xml(header, withdrawal: true))).ToCommand(_at) with { IsWithdrawal = true };

        var decision = OdfDocumentDecider.Decide(keepAlive.Header.DocumentKey, keepAlive, OdfDocument.None);

        decision.Outcome.ShouldBe(OdfOutcome.Stored);
        decision.Events.ShouldHaveSingleItem().ShouldBeOfType<OdfDocumentReceived>();
    }

    [Fact]
    public void A_withdrawal_sent_again_is_a_duplicate() =>
        Then(When(Message(4, withdrawal: true), Given(Received(3), Withdrawn(4))), OdfOutcome.Duplicate);

    [Fact]
    public void A_withdrawal_older_than_the_stored_version_is_superseded() =>
        When(Message(2, withdrawal: true), Given(Received(3))).Outcome.ShouldBe(OdfOutcome.Superseded);

    [Fact]
    public void A_withdrawal_older_than_an_earlier_withdrawal_is_superseded() =>
        When(Message(3, withdrawal: true), Given(Received(2), Withdrawn(4))).Outcome.ShouldBe(OdfOutcome.Superseded);

    [Fact]
    public void A_higher_version_after_a_withdrawal_brings_the_document_back()
    {
        var decision = When(Message(5), Given(Received(3), Withdrawn(4)));

        decision.Events.ShouldBe([Received(5)]);
        Given(Received(3), Withdrawn(4), Received(5)).Withdrawn.ShouldBeFalse();
    }

    [Fact]
    public void The_withdrawn_version_sent_as_a_full_document_is_ignored() =>
        When(Message(4), Given(Received(3), Withdrawn(4))).Outcome.ShouldBe(OdfOutcome.Duplicate);

    [Fact]
    public void A_message_of_another_document_is_refused() =>
        Should.Throw<InvalidCommandException>(() => OdfDocumentDecider.Decide("OG2024|OTHER||DT_RESULT||ENG", Message(1), Given()))
            .Field.ShouldBe("documentKey");

    [Fact]
    public void A_non_positive_version_is_refused() =>
        Should.Throw<InvalidCommandException>(() => When(Message(1) with { Header = Message(1).Header with { Version = 0 } }, Given()))
            .Field.ShouldBe("Version");
}
