using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;

// Throwaway measurements of MartenEventStore (see bench/marten.sh):
//   append  --writers 16 --seconds 20   single-event appends at the expected version, one stream per writer
//   latency --rate 400 --seconds 10     commit-to-follower latency of a subscription at a fixed append rate
// Common: --schema NAME --notify on|off --fast MS --slow MS --reset-on-close (Npgsql's default DISCARD ALL).
var command = args.ElementAtOrDefault(0) ?? "append";
var options = ParseOptions(args.Skip(1).ToArray());
string Get(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
int GetInt(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

await using var store = new MartenEventStore(new MartenEventStoreOptions
{
    ConnectionString = Environment.GetEnvironmentVariable("OLYMPICS_BENCH_PG") ?? throw new InvalidOperationException("Set OLYMPICS_BENCH_PG."),
    Schema = Get("schema", "bench_marten"),
    ListenNotifyForAppends = Get("notify", "off") == "on",
    FastPolling = TimeSpan.FromMilliseconds(GetInt("fast", 250)),
    SlowPolling = TimeSpan.FromMilliseconds(GetInt("slow", 1000)),
    NoResetOnClose = !options.ContainsKey("reset-on-close"),
    RunHighWaterAgent = command == "latency",
});
await store.InitializeAsync();
var seconds = GetInt("seconds", 20);
var label = string.Join(' ', args);

if (command == "append")
{
    var writers = GetInt("writers", 16);
    var stop = Stopwatch.StartNew();
    var latencies = new ConcurrentBag<double>();
    var run = Guid.NewGuid().ToString("N")[..8];
    await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
    {
        var stream = $"bench-{run}-{w}";
        for (long version = 0; stop.Elapsed < TimeSpan.FromSeconds(seconds); version++)
        {
            var started = Stopwatch.GetTimestamp();
            await store.AppendAsync(stream, version, [EventData.Create("bench.incremented.v1", """{"value": 1}""", new EventMetadata("0af7651916cd43dd8448eb211c80319c", null, "system", null))]);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    })));
    var sorted = latencies.Order().ToArray();
    Console.WriteLine(FormattableString.Invariant(
        $"{label}: {sorted.Length / stop.Elapsed.TotalSeconds:F0} events/s, append p50 {sorted[sorted.Length / 2]:F1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F1} ms"));
}
else
{
    var rate = GetInt("rate", 400);
    var committed = new ConcurrentDictionary<Guid, long>();
    var received = new ConcurrentDictionary<Guid, long>();
    using var cts = new CancellationTokenSource();
    var start = await LastPositionAsync(store);
    var follower = Task.Run(async () =>
    {
        try
        {
            await foreach (var e in store.SubscribeAsync(new SubscriptionOptions(After: start), cts.Token))
            {
                received.TryAdd(e.Id, Stopwatch.GetTimestamp());
            }
        }
        catch (OperationCanceledException)
        {
        }
    });
    // Open loop: each append starts at its scheduled time whatever the others do. Like grains, each of 64 streams
    // appends one at a time at its expected version.
    var streams = Enumerable.Range(0, 64).Select(_ => (Turn: new SemaphoreSlim(1), Version: new long[1])).ToArray();
    var total = rate * seconds;
    var clock = Stopwatch.StartNew();
    var appends = new List<Task>(total);
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds((double)i / rate);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }

        var e = EventData.Create("bench.incremented.v1", """{"value": 1}""");
        var n = i % streams.Length;
        appends.Add(Task.Run(async () =>
        {
            var (turn, version) = streams[n];
            await turn.WaitAsync();
            try
            {
                version[0] = (await store.AppendAsync($"bench-latency-{n}", version[0], [e])).StreamVersion;
                committed[e.Id] = Stopwatch.GetTimestamp();
            }
            finally
            {
                turn.Release();
            }
        }));
    }

    await Task.WhenAll(appends);
    var achieved = total / clock.Elapsed.TotalSeconds;
    await Task.Delay(3000);
    await cts.CancelAsync();
    await follower;
    // The first second warms pools and Marten's generated code; it is left out.
    var warm = Stopwatch.Frequency;
    var first = committed.Values.Min();
    var lat = committed.Where(c => c.Value - first > warm && received.ContainsKey(c.Key))
        .Select(c => Math.Max(0, Stopwatch.GetElapsedTime(c.Value, received[c.Key]).TotalMilliseconds)).Order().ToArray();
    Console.WriteLine(FormattableString.Invariant(
        $"{label}: {achieved:F0} appends/s, follower p50 {lat[lat.Length / 2]:F1} ms, p99 {lat[(int)(lat.Length * 0.99)]:F1} ms, max {lat[^1]:F1} ms, n {lat.Length}, missing {committed.Count - received.Count}"));
}

static async Task<GlobalPosition?> LastPositionAsync(IEventStore store)
{
    GlobalPosition? last = null;
    while (true)
    {
        var page = new List<StoredEvent>();
        await foreach (var e in store.ReadAllAsync(new ReadAllOptions(last, MaxCount: 10_000)))
        {
            page.Add(e);
        }

        if (page.Count == 0)
        {
            return last;
        }

        last = page[^1].Position;
    }
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        var name = args[i].TrimStart('-');
        result[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
    }

    return result;
}
