using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Grains.Accreditations;
using static Olympics.Orleans.Grains.Tests.Accreditations.Histories;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

/// <summary>Privileges, time windows, suspension and cancellation: given events, when a command, then events or the refusal.</summary>
public sealed class AccreditationAccessDeciderTests
{
    private static readonly DateTimeOffset _nine = new(2024, 8, 2, 9, 0, 0, TimeSpan.FromHours(2));
    private static readonly GrantVenueAccess _grant = new("STA", [5], _nine, _nine.AddHours(3), "qualified for the final", At);
    // Stored in UTC whatever offset the command carried.
    private static readonly VenueAccessGranted _granted = new("STA", [5], _nine.ToUniversalTime(), _nine.AddHours(3).ToUniversalTime(), "qualified for the final", At);

    [Theory]
    [InlineData("approved")]
    [InlineData("issued")]
    [InlineData("validated")]
    [InlineData("suspended")]
    public void Privileges_of_an_approved_accreditation_can_change(string history)
    {
        var events = AccreditationDecider.Decide(new ChangePrivileges(new(["ALL"], [3], null, false), "upgrade", At), State(history));

        events.ShouldBeEvents(new PrivilegesChanged(new(["ALL"], [3], null, false), "upgrade", At));
        Then(State(history), events).Privileges.CoversAllVenues.ShouldBeTrue();
    }

    [Fact]
    public void Changing_to_the_same_privileges_in_another_order_changes_nothing() =>
        AccreditationDecider.Decide(new ChangePrivileges(new(["STA", "BCY"], [2, 1], "T1", true), "again", At), State("issued")).ShouldBeEmpty();

    [Theory]
    [InlineData("applied")]
    [InlineData("cleared")]
    [InlineData("refused")]
    [InlineData("cancelled")]
    public void Privileges_change_only_after_approval_and_before_cancellation(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new ChangePrivileges(Granted, "x", At), State(history)));

    [Fact]
    public void Granting_venue_access_adds_a_time_window()
    {
        var events = AccreditationDecider.Decide(_grant, State("validated"));

        events.ShouldBeEvents(_granted);
        Then(State("validated"), events).Windows.ShouldHaveSingleItem().SameAs(new TimeWindow("STA", [5], _nine, _nine.AddHours(3))).ShouldBeTrue();
    }

    [Fact]
    public void Granting_the_same_window_twice_changes_nothing() =>
        AccreditationDecider.Decide(_grant with { Reason = "sent again", At = At.AddMinutes(1) }, Given([.. Of("validated"), _granted])).ShouldBeEmpty();

    [Fact]
    public void Granting_another_window_at_the_same_venue_adds_it() =>
        AccreditationDecider.Decide(_grant with { From = _nine.AddDays(1), Until = _nine.AddDays(1).AddHours(3) }, Given([.. Of("validated"), _granted])).Count.ShouldBe(1);

    [Theory]
    [InlineData("applied")]
    [InlineData("cleared")]
    [InlineData("refused")]
    [InlineData("cancelled")]
    public void Venue_access_needs_an_approved_accreditation(string history)
    {
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(_grant, State(history)));
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new EndVenueAccess("STA", _nine, "x", At), State(history)));
    }

    [Theory]
    [InlineData("venue")]
    [InlineData("until")]
    [InlineData("zones")]
    public void A_malformed_grant_names_the_field(string field)
    {
        var command = field switch
        {
            "venue" => _grant with { Venue = "Stade" },
            "until" => _grant with { Until = _grant.From },
            _ => _grant with { Zones = [-1] },
        };

        Should.Throw<InvalidCommandException>(() => AccreditationDecider.Decide(command, State("issued"))).Field.ShouldBe(field);
    }

    [Fact]
    public void Ending_venue_access_cuts_windows_at_the_instant_and_withdraws_later_ones()
    {
        var later = new VenueAccessGranted("STA", [5], _nine.AddDays(2), _nine.AddDays(2).AddHours(3), "final", At);
        var other = new VenueAccessGranted("BCY", [], _nine, _nine.AddHours(3), "other sport", At);
        var state = Given([.. Of("validated"), _granted, later, other]);

        var events = AccreditationDecider.Decide(new EndVenueAccess("STA", _nine.AddHours(1), "eliminated", At), state);

        events.ShouldBe([new VenueAccessEnded("STA", _nine.AddHours(1), "eliminated", At)]);
        Then(state, events).Windows.Select(w => (w.Venue, w.Until)).ShouldBe([("STA", _nine.AddHours(1)), ("BCY", _nine.AddHours(3))]);
    }

    [Fact]
    public void Ending_access_already_over_at_that_instant_changes_nothing()
    {
        AccreditationDecider.Decide(new EndVenueAccess("STA", _nine.AddHours(3), "late", At), Given([.. Of("validated"), _granted])).ShouldBeEmpty();
        AccreditationDecider.Decide(new EndVenueAccess("BCY", _nine, "none", At), Given([.. Of("validated"), _granted])).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("approved")]
    [InlineData("issued")]
    [InlineData("validated")]
    public void Suspending_remembers_the_status_to_return_to(string history)
    {
        var suspended = Then(State(history), AccreditationDecider.Decide(new SuspendAccreditation("incident", At), State(history)));

        suspended.Status.ShouldBe(AccreditationStatus.Suspended);
        var events = AccreditationDecider.Decide(new ReinstateAccreditation("cleared up", At), suspended);
        events.ShouldBe([new AccreditationReinstated(State(history).Status, "cleared up", At)]);
        Then(suspended, events).Status.ShouldBe(State(history).Status);
    }

    [Theory]
    [InlineData("applied")]
    [InlineData("cleared")]
    [InlineData("suspended")]
    [InlineData("cancelled")]
    public void Only_an_approved_accreditation_in_use_can_be_suspended(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new SuspendAccreditation("x", At), State(history)));

    [Theory]
    [InlineData("issued")]
    [InlineData("cancelled")]
    public void Only_a_suspended_accreditation_can_be_reinstated(string history) =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new ReinstateAccreditation("x", At), State(history)));

    [Theory]
    [InlineData("applied")]
    [InlineData("cleared")]
    [InlineData("issued")]
    [InlineData("suspended")]
    public void Cancelling_is_final(string history)
    {
        var events = AccreditationDecider.Decide(new CancelAccreditation("withdrawn", At), State(history));

        events.ShouldBe([new AccreditationCancelled("withdrawn", At)]);
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new CancelAccreditation("again", At), Then(State(history), events)))
            .Message.ShouldContain("final");
    }

    [Fact]
    public void A_refused_application_cannot_be_cancelled_because_refusal_is_already_final() =>
        Should.Throw<CommandRejectedException>(() => AccreditationDecider.Decide(new CancelAccreditation("x", At), State("refused")));

    public static TheoryData<string> Commands => ["clear", "refuse", "approve", "issue", "reissue", "arrival", "privileges", "grant", "end", "suspend", "reinstate", "cancel"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_change_needs_a_reason(string command)
    {
        Func<IReadOnlyList<IAccreditationEvent>> decide = command switch
        {
            "clear" => () => AccreditationDecider.Decide(new ClearVetting(" ", At), State("applied")),
            "refuse" => () => AccreditationDecider.Decide(new RefuseVetting("", At), State("applied")),
            "approve" => () => AccreditationDecider.Decide(new ApproveAccreditation(Granted, "", At), State("cleared")),
            "issue" => () => AccreditationDecider.Decide(new IssueCard("", At), State("approved")),
            "reissue" => () => AccreditationDecider.Decide(new ReissueCard("", At), State("issued")),
            "arrival" => () => AccreditationDecider.Decide(new ValidateArrival("passport", "1", "", At), State("issued")),
            "privileges" => () => AccreditationDecider.Decide(new ChangePrivileges(Granted, "", At), State("issued")),
            "grant" => () => AccreditationDecider.Decide(_grant with { Reason = "" }, State("issued")),
            "end" => () => AccreditationDecider.Decide(new EndVenueAccess("STA", _nine, "", At), State("issued")),
            "suspend" => () => AccreditationDecider.Decide(new SuspendAccreditation("", At), State("issued")),
            "reinstate" => () => AccreditationDecider.Decide(new ReinstateAccreditation("", At), State("suspended")),
            _ => () => AccreditationDecider.Decide(new CancelAccreditation(new string('x', 501), At), State("issued")),
        };

        Should.Throw<InvalidCommandException>(() => decide()).Field.ShouldBe("reason");
    }
}
