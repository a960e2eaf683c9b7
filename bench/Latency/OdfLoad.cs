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

    /// <summary>Messages that got neither a success nor a retryable answer (a 4xx or 500, or no answer within every try).</summary>
    public int Failed => _failed;

    /// <summary>Messages that succeeded after one or more retries.</summary>
    public int Retried => _retried;

    /// <summary>Tries answered with a retryable status (503, 429, 502, 504) or a broken or refused connection.</summary>
    public int Transient => _transient;

    private const int MaxAttempts = 30;

    /// <summary>Where each measured POST's round trip is recorded (the ingest's answer time), when set.</summary>
    public Histogram? RoundTrips { get; set; }

    private int _failed;
    private int _retried;
    private int _transient;
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

    // Posts one message as a client does: a broken connection or a transient answer (503, 429, 502, 504) sends it again
    // to the next silo after a short backoff; a message stored by a try whose answer was lost answers Duplicate then.
    private async Task PostAsync(int session, (string Key, int Version, string Text) message, bool record, CancellationToken ct)
    {
        var id = SentTimes.Id(message.Key, message.Version);
        if (record)
        {
            SentAt.Set(id, Stopwatch.GetTimestamp());
        }

        var started = Stopwatch.GetTimestamp();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 << Math.Min(attempt, 5))), ct);
            }

            if (await TryPostAsync(message.Text, ct) is not { } answer)
            {
                Interlocked.Increment(ref _transient);
                continue;
            }

            var (status, text) = answer;
            if (status is 503 or 502 or 504 or 429)
            {
                Interlocked.Increment(ref _transient);
                continue;
            }

            if (record)
            {
                RoundTrips?.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (attempt > 0)
            {
                Interlocked.Increment(ref _retried);
            }

            if (status is < 200 or > 299)
            {
                break;
            }

            if (record && (text.Contains("\"Stored\"", StringComparison.Ordinal) || (attempt > 0 && text.Contains("\"Duplicate\"", StringComparison.Ordinal))))
            {
                Stored.AddOrUpdate(session, 1, (_, c) => c + 1);
            }
            else
            {
                SentAt.Remove(id);
            }

            return;
        }

        Interlocked.Increment(ref _failed);
        SentAt.Remove(id);
        Console.Error.WriteLine($"POST /odf/messages {message.Key} v{message.Version} failed: a refusal, or no success within {MaxAttempts} tries");
    }

    // The answer's status and body, or null when the silo could not be reached or the connection broke.
    private async Task<(int Status, string Text)?> TryPostAsync(string xml, CancellationToken ct)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = content };
        request.Headers.Add("X-API-KEY", sourceKey);
        try
        {
            using var answer = await silos[(int)((uint)Interlocked.Increment(ref _posts) % silos.Count)].SendAsync(request, ct);
            var text = await answer.Content.ReadAsStringAsync(ct);
            if (!answer.IsSuccessStatusCode && (int)answer.StatusCode is not (503 or 502 or 504 or 429))
            {
                Console.Error.WriteLine($"POST /odf/messages answered {(int)answer.StatusCode}: {text}");
            }

            return ((int)answer.StatusCode, text);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return null; // No answer within the client's timeout.
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
