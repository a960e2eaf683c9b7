using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Qualification;

namespace Olympics.Orleans.Silo.Tests.Qualification;

/// <summary>
/// Official heat results move a qualified athlete's access to the semi-final's venue, on real PostgreSQL, through the
/// silo's own qualification process, and a restart that handles the same results again changes nothing.
/// </summary>
public sealed class QualificationFlowTests
{
    private const string Heat = "ATHM100M--------------HEAT0001----";
    private const string SemiPhase = "ATHM100M--------------SFNL--------";
    private const string Semi = "ATHM100M--------------SFNL0001----";
    private const string Number = "40000001";
    private static readonly DateTimeOffset _heatStart = new(2024, 8, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _semiStart = new(2024, 8, 4, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Official_results_open_the_next_venue_to_a_qualified_athlete_and_a_replay_does_not_apply_twice()
    {
        string schema;
        long accreditationVersion;
        await using (var silo = await RunningSilo.StartAsync())
        {
            schema = silo.Schema;
            var grains = silo.Service<IGrainFactory>();
            await ArrangeAsync(grains);
            (await GateAsync(silo)).ShouldBe("VenueNotGranted");

            await RecordOfficialHeatAsync(grains);

            (await EventuallyAsync(async () => await GateAsync(silo) == "Allowed")).ShouldBeTrue("the gate at the semi-final venue never opened");
            var view = (await grains.GetGrain<IAccreditationGrain>(Number).GetAccreditationAsync())!;
            view.Windows.ShouldHaveSingleItem().Venue.ShouldBe("AQU");
            var granted = await silo.Service<IEventStore>().ReadStreamAsync($"accreditation-{Number}", new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1)).FirstAsync();
            granted.Metadata.Actor.ShouldBe("process:qualification");
            (await grains.GetGrain<IAthleteGrain>("1001").GetAthleteAsync())!.Entries.ShouldHaveSingleItem().QualifiedFor.ShouldContain(SemiPhase);
            accreditationVersion = view.Version;
        }

        // As if the silo had died after the commands but before its checkpoint: the next one handles the results again.
        await DeleteCheckpointsAsync(schema);
        await using var restarted = await RunningSilo.StartInSchemaAsync(schema);
        var store = restarted.Service<IEventStore>();
        (await EventuallyAsync(async () => await store.GetStreamVersionAsync(QualificationProcess.CheckpointStream) >= 1)).ShouldBeTrue("the results were not handled again");
        (await restarted.Service<IGrainFactory>().GetGrain<IAccreditationGrain>(Number).GetAccreditationAsync())!.Version.ShouldBe(accreditationVersion);
        (await GateAsync(restarted)).ShouldBe("Allowed");
    }

    [Fact]
    public async Task An_eliminated_athlete_loses_only_the_window_qualification_gave_after_the_grace_period()
    {
        await using var silo = await RunningSilo.StartAsync();
        var grains = silo.Service<IGrainFactory>();
        await ArrangeAsync(grains);
        await RecordOfficialHeatAsync(grains);
        (await EventuallyAsync(async () => await GateAsync(silo) == "Allowed")).ShouldBeTrue("qualification never opened the semi-final venue");
        var accreditation = grains.GetGrain<IAccreditationGrain>(Number);
        var byHand = new GrantVenueAccess("BCY", [1], _semiStart, _semiStart.AddHours(5), "training slot", _semiStart.AddDays(-1));
        await accreditation.GrantVenueAccessAsync(byHand);

        var eliminatedAt = _semiStart.AddMinutes(30);
        var session = grains.GetGrain<ISessionGrain>("ATH02");
        UnitResultEntry[] results = [new("1001", 8, "10.20", null, null, true)];
        await session.SetStartListAsync(new SetStartList(Semi, ["1001"], _semiStart));
        await session.RecordUnitResultAsync(new RecordUnitResult(Semi, ResultStatus.Unofficial, results, null, eliminatedAt));
        await session.RecordUnitResultAsync(new RecordUnitResult(Semi, ResultStatus.Official, results, null, eliminatedAt));

        var afterGrace = eliminatedAt + TimeSpan.FromHours(2) + TimeSpan.FromMinutes(15);
        (await EventuallyAsync(async () => await GateAsync(silo, "AQU", afterGrace) == "OutsideTimeWindow")).ShouldBeTrue("the semi-final window did not end");
        (await GateAsync(silo, "AQU", eliminatedAt.AddHours(1))).ShouldBe("Allowed", "access lasts through the grace period");
        (await GateAsync(silo, "BCY", afterGrace)).ShouldBe("Allowed", "a window granted by hand is not qualification's to end");
    }

    private static async Task ArrangeAsync(IGrainFactory grains)
    {
        var at = _heatStart.AddDays(-10);
        await grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, at));
        await grains.GetGrain<IVenueGrain>("AQU").RegisterVenueAsync(new RegisterVenue("Paris La Defense Arena", "Europe/Paris", 15000, at));
        await grains.GetGrain<IVenueGrain>("BCY").RegisterVenueAsync(new RegisterVenue("Bercy Arena", "Europe/Paris", 15000, at));
        await grains.GetGrain<ISessionGrain>("ATH01").ScheduleSessionAsync(new ScheduleSession(
            "ATH", "STA", "Men's 100m heats", _heatStart, _heatStart.AddHours(3), [new PlannedUnit(Heat, "Heat 1", _heatStart)], at));
        await grains.GetGrain<ISessionGrain>("ATH02").ScheduleSessionAsync(new ScheduleSession(
            "ATH", "AQU", "Men's 100m semi-finals", _semiStart, _semiStart.AddHours(2), [new PlannedUnit(Semi, "Semi-final 1", _semiStart)], at));
        var accreditation = grains.GetGrain<IAccreditationGrain>(Number);
        await accreditation.ApplyForAccreditationAsync(new ApplyForAccreditation(
            "Ada Sprinter", AccreditationCategory.Athlete, "AA01", "FRA", "FRA Olympic Committee", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 1), "entry", at));
        await accreditation.ClearVettingAsync(new ClearVetting("cleared", at));
        await accreditation.ApproveAccreditationAsync(new ApproveAccreditation(new Privileges(["STA"], [1, 2], "TA", true), "athlete of ATH", at));
        await accreditation.IssueCardAsync(new IssueCard("printed", at));
        var athlete = grains.GetGrain<IAthleteGrain>("1001");
        await athlete.RegisterAthleteAsync(new RegisterAthlete("FRA", "Ada", "Sprinter", AthleteGender.Male, new DateOnly(2001, 5, 4), "ATH", Number, at));
        await athlete.EnterEventAsync(new EnterEvent("ATHM100M--------------------------", at));
    }

    private static async Task RecordOfficialHeatAsync(IGrainFactory grains)
    {
        var session = grains.GetGrain<ISessionGrain>("ATH01");
        UnitResultEntry[] results = [new("1001", 1, "9.95", null, SemiPhase, false)];
        await session.SetStartListAsync(new SetStartList(Heat, ["1001"], _heatStart));
        await session.RecordUnitResultAsync(new RecordUnitResult(Heat, ResultStatus.Unofficial, results, null, _heatStart.AddMinutes(10)));
        await session.RecordUnitResultAsync(new RecordUnitResult(Heat, ResultStatus.Official, results, null, _heatStart.AddMinutes(30)));
    }

    private static async Task<string> GateAsync(RunningSilo silo, string venue = "AQU", DateTimeOffset? at = null)
    {
        var instant = Uri.EscapeDataString((at ?? _semiStart.AddMinutes(30)).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        var answer = await silo.Http.GetFromJsonAsync<JsonElement>($"/gate/check?accreditation={Number}&venue={venue}&zone=1&at={instant}");
        return answer.GetProperty("reason").GetString()!;
    }

    private static async Task DeleteCheckpointsAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {schema}.mt_events WHERE stream_id = @s; DELETE FROM {schema}.mt_streams WHERE id = @s", connection);
        command.Parameters.AddWithValue("s", QualificationProcess.CheckpointStream);
        (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
