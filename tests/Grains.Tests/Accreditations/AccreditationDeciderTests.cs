using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations;
using static Olympics.Orleans.Grains.Tests.Accreditations.Histories;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>Application, vetting, approval, cards, arrival: given events, when a command, then events or the refusal.</summary>
public sealed class AccreditationDeciderTests
{
    private static readonly ApplyForAccreditation _apply = new(
        " Léon Marchand ", AccreditationCategory.Athlete, "AA01", "FRA", "FFN", new(2024, 7, 18), new(2024, 8, 14), "entry list", At);

    [Fact]
    public void Applying_records_the_application_awaiting_vetting()
    {
        var events = AccreditationDecider.Decide("00012345", _apply, Given());

        events.ShouldBe([Applied]);
        Then(Given(), events).Status.ShouldBe(AccreditationStatus.Applied);
    }

    [Fact]
    public void Applying_again_with_the_same_details_changes_nothing() =>
        AccreditationDecider.Decide("00012345", _apply, State("applied")).ShouldBeEmpty();

    [Theory]
    [InlineData("applied")]
    [InlineData("approved")]
    public void Applying_again_with_other_details_or_later_in_the_lifecycle_is_refused(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide("00012345", _apply with { Name = history == "applied" ? "Other" : _apply.Name }, State(history)))
            .Message.ShouldContain("already been applied for");

    [Theory]
    [InlineData("1234", "number")]
    [InlineData("", "name")]
    [InlineData("a1", "function")]
    [InlineData("fr", "noc")]
    [InlineData("until", "validUntil")]
    [InlineData(" ", "reason")]
    [InlineData("category", "category")]
    public void A_malformed_application_names_the_field(string value, string field)
    {
        var command = field switch
        {
            "name" => _apply with { Name = value },
            "function" => _apply with { Function = value },
            "noc" => _apply with { Noc = value },
            "validUntil" => _apply with { ValidUntil = new(2024, 7, 1) },
            "reason" => _apply with { Reason = value },
            "category" => _apply with { Category = (AccreditationCategory)42 },
            _ => _apply,
        };

        Should.Throw<InvalidCommandException>(() => AccreditationDecider.Decide(field == "number" ? value : "00012345", command, Given())).Field.ShouldBe(field);
    }

    [Fact]
    public void Clearing_vetting_moves_an_application_to_cleared()
    {
        var events = AccreditationDecider.Decide(new ClearVetting("no record", At), State("applied"));

        events.ShouldBe([Cleared]);
        Then(State("applied"), events).Status.ShouldBe(AccreditationStatus.VettingCleared);
    }

    [Fact]
    public void Refusing_vetting_is_final()
    {
        var events = AccreditationDecider.Decide(new RefuseVetting("record found", At), State("applied"));

        events.ShouldBe([new VettingRefused("record found", At)]);
        Then(State("applied"), events).Status.ShouldBe(AccreditationStatus.VettingRefused);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("cleared")]
    [InlineData("refused")]
    [InlineData("approved")]
    [InlineData("cancelled")]
    public void Vetting_decides_only_an_application_awaiting_it(string history)
    {
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new ClearVetting("x", At), State(history)));
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new RefuseVetting("x", At), State(history)));
    }

    [Fact]
    public void Approving_a_cleared_application_records_its_privileges_sorted_and_distinct()
    {
        var events = AccreditationDecider.Decide(new ApproveAccreditation(new(["STA", "BCY", "STA"], [2, 1], "T1", true), "team entry", At), State("cleared"));

        events.ShouldBeEvents(Approved);
        Then(State("cleared"), events).Status.ShouldBe(AccreditationStatus.Approved);
    }

    [Theory]
    [InlineData("applied", "awaiting security vetting")]
    [InlineData("refused", "final")]
    [InlineData("approved", "approved")]
    [InlineData("cancelled", "cancelled")]
    [InlineData("none", "Nobody has applied")]
    public void Approval_needs_cleared_vetting(string history, string reason) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new ApproveAccreditation(Granted, "x", At), State(history)))
            .Message.ShouldContain(reason);

    [Theory]
    [InlineData("st", "privileges.venues")]
    [InlineData("ALL|STA", "privileges.venues")]
    [InlineData("zone", "privileges.zones")]
    [InlineData("transport", "privileges.transport")]
    public void Malformed_privileges_name_the_field(string venues, string field)
    {
        var privileges = new Privileges(venues is "zone" or "transport" ? ["STA"] : venues.Split('|'), field.EndsWith("zones", StringComparison.Ordinal) ? [1000] : [1],
            field.EndsWith("transport", StringComparison.Ordinal) ? "bus 1" : null, false);

        Should.Throw<InvalidCommandException>(() => AccreditationDecider.Decide(new ApproveAccreditation(privileges, "x", At), State("cleared"))).Field.ShouldBe(field);
    }

    [Fact]
    public void Issuing_the_first_card_gives_card_1()
    {
        var events = AccreditationDecider.Decide(new IssueCard("printed", At), State("approved"));

        events.ShouldBe([Issued]);
        Then(State("approved"), events).Status.ShouldBe(AccreditationStatus.CardIssued);
    }

    [Theory]
    [InlineData("cleared")]
    [InlineData("issued")]
    [InlineData("suspended")]
    [InlineData("cancelled")]
    public void A_first_card_needs_an_approved_accreditation_without_one(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new IssueCard("x", At), State(history)));

    [Theory]
    [InlineData("issued")]
    [InlineData("validated")]
    public void Reissuing_a_lost_card_gives_the_next_card_number(string history)
    {
        var events = AccreditationDecider.Decide(new ReissueCard("lost", At), State(history));

        events.ShouldBe([new CardReissued(1, 2, "lost", At)]);
        AccreditationDecider.Decide(new ReissueCard("lost again", At), Then(State(history), events)).ShouldBe([new CardReissued(2, 3, "lost again", At)]);
    }

    [Theory]
    [InlineData("approved")]
    [InlineData("suspended")]
    [InlineData("cancelled")]
    public void Reissuing_needs_a_card_in_use(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new ReissueCard("x", At), State(history)));

    [Fact]
    public void Validating_on_arrival_records_the_identity_document()
    {
        var events = AccreditationDecider.Decide(new ValidateArrival("passport", "12AB34567", "arrived CDG", At), State("issued"));

        events.ShouldBe([new ArrivalValidated("passport", "12AB34567", "arrived CDG", At)]);
        Then(State("issued"), events).ShouldSatisfyAllConditions(s => s.Status.ShouldBe(AccreditationStatus.Validated), s => s.IdDocument.ShouldBe("passport 12AB34567"));
    }

    [Theory]
    [InlineData("approved")]
    [InlineData("validated")]
    [InlineData("suspended")]
    public void Arrival_validation_needs_an_issued_card_not_yet_validated(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new ValidateArrival("passport", "1", "x", At), State(history)));

    [Fact]
    public void Arrival_validation_without_a_document_number_names_the_field() =>
        Should.Throw<InvalidCommandException>(() => AccreditationDecider.Decide(new ValidateArrival("passport", " ", "x", At), State("issued"))).Field.ShouldBe("documentNumber");
}
