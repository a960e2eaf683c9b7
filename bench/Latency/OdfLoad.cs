using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// The venues' side at a fixed rate: message i is due at i / rate seconds; sessions take turns; a unit gets a DT_RESULT
/// at most every 0.25 s and DT_CURRENT for the rest of its share. The POST's start is each message's time zero.
/// </summary>
// The POSTs go to the silos in turn (one silo: all to it).
internal sealed class OdfLoad(IReadOnlyList<HttpClient> silos, string sourceKey, IReadOnlyList<BenchSession> sessions)
{
    public const string Source = "BENCH";
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly int[] _resultVersions = new int[sessions.Count];
    private readonly int[] _currentVersions = new int[sessions.Count];
    private readonly int[] _sent = new int[sessions.Count];

    /// <summary>When each measured message's POST started, by document key and version.</summary>
    public SentTimes SentAt { get; } = new();

    /// <summary>Messages stored (answered 200 with outcome Stored), per session index.</summary>
    public ConcurrentDictionary<int, int> Stored { get; } = new();

    public int Failed => _failed;

    /// <summary>Where each measured POST's round trip is recorded (the ingest's answer time), when set.</summary>
    public Histogram? RoundTrips { get; set; }

    private int _failed;
    private int _posts;

    public static string KeyOf(string unit, string type) => type == "DT_RESULT" ? $"OG2024|{unit}||DT_RESULT||ENG" : $"OG2024|{unit}||DT_CURRENT||";

    /// <summary>Each unit's start list, version 1, before any timing starts.</summary>
    public async Task StartListsAsync(CancellationToken ct)
    {
        for (var s = 0; s < sessions.Count; s++)
        {
            await PostAsync(s, Xml(sessions[s].Unit, "DT_RESULT", ++_resultVersions[s], "START_LIST", StartList()), record: false, ct);
        }
    }

    /// <summary>Posts at <paramref name="rate"/> messages/s for <paramref name="duration"/>; measuring once <paramref name="warmup"/> has passed.</summary>
    public async Task RunAsync(int rate, TimeSpan warmup, TimeSpan duration, IProgress<int> progress, CancellationToken ct)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var perSessionPerSecond = rate / (double)sessions.Count;
        var resultEvery = Math.Max(1, (int)Math.Ceiling(perSessionPerSecond / 4.0));
        using var inFlight = new SemaphoreSlim(256);
        var started = Stopwatch.GetTimestamp();
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(due, ct);
            }

            var s = i % sessions.Count;
            var unit = sessions[s].Unit;
            var n = _sent[s]++;
            var xml = n % resultEvery == 0
                ? Xml(unit, "DT_RESULT", ++_resultVersions[s], "LIVE", Body(n))
                : Xml(unit, "DT_CURRENT", ++_currentVersions[s], null, $"<Current Leader=\"1\" Progress=\"{n}\"/>");
            var measured = Stopwatch.GetElapsedTime(started) >= warmup;
            await inFlight.WaitAsync(ct);
            sends.Add(Task.Run(async () =>
            {
                try
                {
                    await PostAsync(s, xml, measured, ct);
                }
                finally
                {
                    inFlight.Release();
                }
            }, ct));
            if (i % rate == 0)
            {
                progress.Report(i);
            }
        }

        await Task.WhenAll(sends);
    }

    private async Task PostAsync(int session, (string Key, int Version, string Text) message, bool record, CancellationToken ct)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(message.Text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = content };
        request.Headers.Add("X-API-KEY", sourceKey);
        var id = SentTimes.Id(message.Key, message.Version);
        if (record)
        {
            SentAt.Set(id, Stopwatch.GetTimestamp());
        }

        var started = Stopwatch.GetTimestamp();
        using var answer = await silos[(int)((uint)Interlocked.Increment(ref _posts) % silos.Count)].SendAsync(request, ct);
        if (record)
        {
            RoundTrips?.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var text = await answer.Content.ReadAsStringAsync(ct);
        if (!answer.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _failed);
            Console.Error.WriteLine($"POST /odf/messages answered {(int)answer.StatusCode}: {text}");
        }
        else if (record && text.Contains("\"Stored\"", StringComparison.Ordinal))
        {
            Stored.AddOrUpdate(session, 1, (_, c) => c + 1);
        }
        else
        {
            SentAt.Remove(id);
        }
    }

    private static (string Key, int Version, string Text) Xml(string unit, string type, int version, string? status, string body)
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, _paris);
        var language = type == "DT_RESULT" ? " Language=\"ENG\"" : "";
        var statusAttribute = status is null ? "" : $" ResultStatus=\"{status}\"";
        var text = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OdfBody CompetitionCode=\"OG2024\" DocumentCode=\"{unit}\" DocumentType=\"{type}\" " +
            $"Version=\"{version.ToString(CultureInfo.InvariantCulture)}\"{statusAttribute}{language} FeedFlag=\"T\" " +
            $"Date=\"{now:yyyy-MM-dd}\" Time=\"{now:HHmmssfff}\" LogicalDate=\"{now.AddHours(-3):yyyy-MM-dd}\" Source=\"{Source}\">" +
            $"<Competition Gen=\"OG2024\">{body}</Competition></OdfBody>";
        return (KeyOf(unit, type), version, text);
    }

    private static string StartList() => string.Concat(Enumerable.Range(1, 8).Select(i =>
        $"<Result SortOrder=\"{i}\" StartOrder=\"{i}\"><Competitor Code=\"{i}\" Type=\"A\" Organisation=\"FRA\"/></Result>"));

    // Eight competitors whose order changes with n: a complete result each time, as ODF sends them.
    private static string Body(int n) => string.Concat(Enumerable.Range(0, 8).Select(i =>
    {
        var athlete = ((i + n) % 8) + 1;
        return $"<Result Rank=\"{i + 1}\" SortOrder=\"{i + 1}\" Result=\"{10 + i}.{n % 100:00}\"><Competitor Code=\"{athlete}\" Type=\"A\" Organisation=\"FRA\"/></Result>";
    }));
}
