using System.Globalization;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>
/// The tier sweep's athlete: entered in the men's 100 m, on the start list of a heat (session ATH02 at STA) whose
/// OFFICIAL results qualify them for the semi-final (session ATH03 at AQU). The qualification process then marks them
/// qualified and grants their accreditation a window at AQU, milliseconds after the result.
/// </summary>
internal static class TierSweepAthletes
{
    public const string Athlete = "1001";
    public const string Accreditation = "40000001";
    public const string Men100 = "ATHM100M--------------------------";
    public const string Heat = "ATHM100M--------------HEAT0001----";
    public const string SemiPhase = "ATHM100M--------------SFNL--------";
    public const string SemiVenue = "AQU";
    private const string Semi = "ATHM100M--------------SFNL0001----";
    private static readonly DateTimeOffset _heatStart = new(2024, 8, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _semiStart = new(2024, 8, 4, 17, 0, 0, TimeSpan.Zero);

    public static RegisterAthleteRequest Registration { get; } = new("FRA", "Ada", "Sprinter", AthleteGender.Male, new DateOnly(2001, 5, 4), "ATH", Accreditation);

    /// <summary>The gate check for the athlete at the semi-final's venue half an hour into it.</summary>
    public static string GatePath { get; } =
        $"/gate/check?accreditation={Accreditation}&venue={SemiVenue}&zone=1&at={Uri.EscapeDataString(GateInstant.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture))}";

    public static DateTimeOffset GateInstant => _semiStart.AddMinutes(30);

    /// <summary>After <see cref="ResultsSilo.ScheduleAsync"/>: the semi-final's venue, both sessions, the accreditation (card issued) and the athlete, entered.</summary>
    public static async Task ArrangeAsync(this HttpClient http, IGrainFactory grains)
    {
        (await http.PutAsJsonAsync($"/venues/{SemiVenue}", new RegisterVenueRequest("Paris La Defense Arena", "Europe/Paris", 15000), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.SendAsync(HttpMethod.Put, "/sessions/ATH02", WriterKeys.Management,
            new ScheduleSessionRequest("ATH", "STA", "Men's 100m heats", _heatStart, _heatStart.AddHours(3), [new PlannedUnit(Heat, "Heat 1", _heatStart)]))).EnsureSuccessStatusCode();
        (await http.SendAsync(HttpMethod.Put, "/sessions/ATH03", WriterKeys.Management,
            new ScheduleSessionRequest("ATH", SemiVenue, "Men's 100m semi-finals", _semiStart, _semiStart.AddHours(2), [new PlannedUnit(Semi, "Semi-final 1", _semiStart)]))).EnsureSuccessStatusCode();
        (await http.SendAsync(HttpMethod.Post, $"/sessions/ATH02/units/{Heat}/start-list", WriterKeys.Management, new SetStartListRequest([Athlete]))).EnsureSuccessStatusCode();

        // Commands carry their time: the accreditation is arranged in July 2024, before the Games.
        var at = _heatStart.AddDays(-10);
        var accreditation = grains.GetGrain<IAccreditationGrain>(Accreditation);
        await accreditation.ApplyForAccreditationAsync(new ApplyForAccreditation(
            "Ada Sprinter", AccreditationCategory.Athlete, "AA01", "FRA", "FRA Olympic Committee", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 1), "entry", at));
        await accreditation.ClearVettingAsync(new ClearVetting("cleared", at));
        await accreditation.ApproveAccreditationAsync(new ApproveAccreditation(new Privileges(["STA"], [1, 2], "TA", true), "athlete of ATH", at));
        await accreditation.IssueCardAsync(new IssueCard("printed", at));

        (await http.SendAsync(HttpMethod.Put, $"/athletes/{Athlete}", WriterKeys.Management, Registration)).EnsureSuccessStatusCode();
        (await http.SendAsync(HttpMethod.Post, $"/athletes/{Athlete}/entries", WriterKeys.Management, new EnterEventRequest(Men100))).EnsureSuccessStatusCode();
    }

    /// <summary>Records the heat's results through the session API (admin key): the athlete first, qualified for the semi-final.</summary>
    public static async Task RecordHeatAsync(this HttpClient http, ResultStatus status)
    {
        using var response = await http.SendAsync(HttpMethod.Post, $"/sessions/ATH02/units/{Heat}/result", WriterKeys.Management,
            new RecordUnitResultRequest(status, [new UnitResultEntry(Athlete, 1, "9.95", null, SemiPhase, false)]));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the qualification process has marked the athlete and granted the window; when each was stored.</summary>
    public static async Task<(DateTimeOffset Standing, DateTimeOffset Access)> QualifiedAsync(IEventStore store)
    {
        var standing = await LastAsync(store, $"athlete-{Athlete}", "athlete.qualified.v1");
        var access = await LastAsync(store, $"accreditation-{Accreditation}", "accreditation.venue-access-granted.v1");
        return (standing, access);
    }

    private static async Task<DateTimeOffset> LastAsync(IEventStore store, string stream, string type)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (true)
        {
            var last = await store.ReadStreamAsync(stream, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), TestContext.Current.CancellationToken)
                .FirstAsync(TestContext.Current.CancellationToken);
            if (last.Type == type)
            {
                return last.Timestamp;
            }

            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, $"qualification never wrote {type} to {stream}");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
