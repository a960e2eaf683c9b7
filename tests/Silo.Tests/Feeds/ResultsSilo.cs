using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>A feed silo with a session holding the unit the test DT_RESULTs are about, and keyed session calls.</summary>
internal static class ResultsSilo
{
    public const string Session = "ATH01";
    public const string Unit = OdfMessages.Rsc;
    public static readonly DateTimeOffset Start = new(2024, 8, 4, 21, 0, 0, TimeSpan.FromHours(2));

    public static string ResultsPath(string code = Session) => $"/feeds/sessions/{code}/results";

    public static ScheduleSessionRequest Schedule { get; } = new("ATH", "STA", "Men's 100m final", Start, Start.AddHours(2), [new PlannedUnit(Unit, "Final", Start.AddMinutes(50))]);

    /// <summary>Registers the Stade de France, schedules the session with athlete 17 on its start list (admin key), and waits until the catalog has it.</summary>
    public static async Task ScheduleAsync(this HttpClient http)
    {
        (await http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.SendAsync(HttpMethod.Put, $"/sessions/{Session}", WriterKeys.Management, Schedule)).EnsureSuccessStatusCode();
        (await http.SendAsync(HttpMethod.Post, $"/sessions/{Session}/units/{Unit}/start-list", WriterKeys.Management, new SetStartListRequest(["17"]))).EnsureSuccessStatusCode();
        await http.Until<Contracts.ResultPage<SessionView>>($"/sessions?discipline=ATH", p => p.Total == 1);
    }

    /// <summary>Records the unit's results through the session API with the admin key; one result line of athlete 17.</summary>
    public static async Task<SessionView> RecordAsync(this HttpClient http, ResultStatus status, string mark)
    {
        using var response = await http.SendAsync(HttpMethod.Post, $"/sessions/{Session}/units/{Unit}/result", WriterKeys.Management,
            new RecordUnitResultRequest(status, [new UnitResultEntry("17", 1, mark, null, null, false)]));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SessionView>(SiloHttp.Json, TestContext.Current.CancellationToken))!;
    }

    /// <summary>A request with a JSON body and, unless null, a key in X-API-KEY; <paramref name="anonymous"/> keeps a write keyless.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient http, HttpMethod method, string path, string? key, object? body = null, bool anonymous = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: SiloHttp.Json) };
        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        request.Options.Set(WriterKeys.Anonymous, anonymous);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>GETs <paramref name="path"/> with the key until <paramref name="done"/> holds or 10 s pass; the last answer.</summary>
    public static async Task<(HttpResponseMessage Response, T? Body)> UntilAsync<T>(this HttpClient http, string path, string? key, Func<HttpResponseMessage, T?, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await http.GetAsync(path, key);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(SiloHttp.Json, TestContext.Current.CancellationToken) : default;
            if (done(response, body) || DateTime.UtcNow > deadline)
            {
                return (response, body);
            }

            response.Dispose();
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
