using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;
using static Olympics.Orleans.Grains.Tests.Sessions.SessionFixtures;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Scheduling a session: given events, when ScheduleSession, then events or the refusal.</summary>
public sealed class SessionScheduleTests
{
    [Fact]
    public void Scheduling_records_the_session_with_its_venue_zone_and_units_in_utc()
    {
        var paris = TimeSpan.FromHours(2);
        var command = Schedule() with { Start = Start.ToOffset(paris), Title = " Evening session " };

        var events = SessionDecider.Decide("ATH01", command, "Europe/Paris", Given());

        var scheduled = events.ShouldHaveSingleItem().ShouldBeOfType<SessionScheduled>();
        (scheduled with { Units = Scheduled.Units }).ShouldBe(Scheduled);
        scheduled.Units.ShouldBe(Scheduled.Units);
        scheduled.Start.Offset.ShouldBe(TimeSpan.Zero);
        Given(scheduled).Status.ShouldBe(ScheduleStatus.Scheduled);
    }

    [Fact]
    public void Scheduling_again_with_the_same_details_changes_nothing() =>
        SessionDecider.Decide("ATH01", Schedule(), "Europe/Paris", Given(Scheduled)).ShouldBeEmpty();

    [Fact]
    public void Scheduling_again_with_other_details_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide("ATH01", Schedule() with { Title = "Other" }, "Europe/Paris", Given(Scheduled)))
            .Message.ShouldContain("already scheduled");

    [Fact]
    public void Scheduling_at_a_venue_that_is_not_registered_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide("ATH01", Schedule(), null, Given()))
            .Message.ShouldBe("Venue STA is not registered.");

    [Theory]
    [InlineData("AT01", "ATH", "STA", "code")]
    [InlineData("ATH01", "SWM", "STA", "discipline")]
    [InlineData("ATH01", "ATH", "Stade", "venue")]
    public void A_malformed_session_names_the_field(string code, string discipline, string venue, string field) =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(code, Schedule() with { Discipline = discipline, Venue = venue }, "Europe/Paris", Given()))
            .Field.ShouldBe(field);

    [Fact]
    public void A_session_that_ends_before_it_starts_is_refused() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide("ATH01", Schedule() with { End = Start }, "Europe/Paris", Given()))
            .Field.ShouldBe("end");

    [Theory]
    [InlineData("ATHM100M", "units[0].rsc", "34 characters")]
    [InlineData("ATHM100M--------------FNL---------", "units[0].rsc", "not a unit")]
    [InlineData("SWMM100M--------------FNL-000100--", "units[0].rsc", "not a unit of ATH")]
    public void A_unit_with_a_bad_rsc_is_refused_with_the_reason(string rsc, string field, string reason)
    {
        var error = Should.Throw<InvalidCommandException>(() =>
            SessionDecider.Decide("ATH01", Schedule(new PlannedUnit(rsc, "x", Start)), "Europe/Paris", Given()));

        error.Field.ShouldBe(field);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void A_unit_outside_its_session_or_listed_twice_is_refused()
    {
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide("ATH01", Schedule(new PlannedUnit(Final, "x", End)), "Europe/Paris", Given()))
            .Field.ShouldBe("units[0].start");
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide("ATH01",
            Schedule(new PlannedUnit(Final, "x", Start), new PlannedUnit(Final, "y", Start)), "Europe/Paris", Given())).Field.ShouldBe("units[1].rsc");
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide("ATH01", Schedule() with { Units = [] }, "Europe/Paris", Given()))
            .Field.ShouldBe("units");
    }

    [Fact]
    public void Rescheduling_moves_the_session_and_its_units_by_the_same_amount()
    {
        var state = Given(Scheduled, new SessionStatusChanged(ScheduleStatus.Scheduled, ScheduleStatus.Postponed, "storm", At));

        var events = SessionDecider.Decide(new ChangeSessionStatus(ScheduleStatus.Rescheduled, "new slot", Start.AddDays(1), End.AddDays(1), At), state);
        var moved = events.Aggregate(state, Session.Evolve);

        events[1].ShouldBe(new SessionRescheduled(Start.AddDays(1), End.AddDays(1), At));
        moved.Status.ShouldBe(ScheduleStatus.Rescheduled);
        moved.Unit(Final)!.Start.ShouldBe(Start.AddDays(1).AddHours(2));
    }

    [Fact]
    public void Rescheduling_without_the_new_times_names_the_missing_field() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new ChangeSessionStatus(ScheduleStatus.Rescheduled, null, Start, null, At), Given(Scheduled)))
            .Field.ShouldBe("end");

    [Fact]
    public void A_status_change_on_a_session_never_scheduled_is_refused() =>
        Should.Throw<CommandRejectedException>(() => SessionDecider.Decide(new ChangeSessionStatus(ScheduleStatus.Running, null, null, null, At), Given()))
            .Message.ShouldBe("The session is not scheduled.");

    [Fact]
    public void An_undefined_status_names_the_status_field() =>
        Should.Throw<InvalidCommandException>(() => SessionDecider.Decide(new ChangeSessionStatus((ScheduleStatus)42, null, null, null, At), Given(Scheduled)))
            .Field.ShouldBe("status");
}
