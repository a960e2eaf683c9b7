using System.Globalization;
using System.Net.Http.Json;

namespace Olympics.Orleans.LatencyBench;

/// <summary>The sessions the load plays: one venue, <c>n</c> sessions of one unit each, all running now.</summary>
internal sealed record BenchSession(string Code, string Discipline, string Unit)
{
    public const string Venue = "LBV";
    private static readonly string[] _disciplines = ["ATH", "SWM", "ROW", "CSP", "FEN", "JUD", "WLF", "TTE"];

    public static IReadOnlyList<BenchSession> Make(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var discipline = _disciplines[i % _disciplines.Length];
        var number = 50 + (i / _disciplines.Length);
        var unit = $"{discipline}M{$"LAT{i:000}".PadRight(8, '-')}{new string('-', 10)}HEAT{(i + 1).ToString("0000", CultureInfo.InvariantCulture)}----";
        return new BenchSession($"{discipline}{number:00}", discipline, unit);
    })];

    /// <summary>Registers the venue and schedules the sessions through the silo's API (idempotent).</summary>
    public static async Task ScheduleAsync(HttpClient http, IReadOnlyList<BenchSession> sessions, CancellationToken ct)
    {
        (await http.PutAsJsonAsync($"/venues/{Venue}", new { Name = "Latency bench arena", TimeZone = "Europe/Paris", Capacity = 1000 }, ct)).EnsureSuccessStatusCode();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        foreach (var session in sessions)
        {
            var body = new
            {
                session.Discipline, Venue, Title = $"Latency bench {session.Code}", Start = start, End = start.AddHours(6),
                Units = new[] { new { Rsc = session.Unit, Title = $"Heat of {session.Code}", Start = start.AddMinutes(5) } },
            };
            var answer = await http.PutAsJsonAsync($"/sessions/{session.Code}", body, ct);
            if (!answer.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"PUT /sessions/{session.Code} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync(ct)}");
            }
        }
    }
}
