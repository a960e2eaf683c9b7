using Olympics.Orleans.LatencyBench;

// Ingest-to-subscriber latency of the results feeds. Runs beside a silo started by bench/latency.sh; see docs/benchmarks.md.
// Socket continuations run on the sockets' event threads rather than being handed to the thread pool: with 2,200 SSE
// connections that is ~100,000 fewer hand-offs (and thread wake-ups) a second, about a tenth to a fifth of this tool's
// CPU per frame. Safe here because every continuation is short and never blocks. The runtime reads the setting when the
// first socket is made, so it is set before any; a value given from outside (e.g. 0, to compare) is kept.
if (Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS") is null)
{
    Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
}

var options = LatencyOptions.Parse(args);
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10 + (options.Rates.Count * (options.Seconds + 30) / 60)));
var sessions = BenchSession.Make(options.Sessions);
// Competition management's key schedules the sessions; an ODF post carries its source's key instead.
var apis = options.Silos.Select(silo => new HttpClient { BaseAddress = silo, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { { "X-API-KEY", options.ManagementKey } } }).ToArray();

await BenchSession.ScheduleAsync(apis[0], sessions, stop.Token);
var load = new OdfLoad(apis, options.SourceKey, sessions);
await load.StartListsAsync(stop.Token);

RunResult? current = null;
var feedDelayMs = options.FeedDelaySeconds * 1000;
void OnReceipt(bool cis, Receipt receipt)
{
    if (current is { } run && load.SentAt.TryGetValue(receipt.DocumentKey, receipt.Version, out var sent))
    {
        run.Record(cis, receipt, sent, feedDelayMs);
    }
}

var subscribers = new List<SseSubscriber>();
subscribers.AddRange(Enumerable.Range(0, options.CisSubscribers).Select(i =>
    new SseSubscriber(options.Silos, i, $"/feeds/sse?stream=session/{sessions[i % sessions.Count].Code}", options.CisKey, r => OnReceipt(true, r))));
subscribers.AddRange(Enumerable.Range(0, options.FeedSubscribers).Select(i => new SseSubscriber(options.Silos, i, "/feeds/sse", options.FeedKey, r => OnReceipt(false, r))));
using var listening = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
var running = new List<Task>();
foreach (var batch in subscribers.Chunk(100))
{
    running.AddRange(batch.Select(s => s.RunAsync(listening.Token)));
    await Task.WhenAll(batch.Select(s => s.Opened)).WaitAsync(TimeSpan.FromSeconds(60), stop.Token);
}

Console.Error.WriteLine($"{subscribers.Count} subscribers connected ({options.CisSubscribers} CIS on {sessions.Count} sessions, {options.FeedSubscribers} FEED)");
var results = new List<RunResult>();
foreach (var rate in options.Rates)
{
    var run = new RunResult(rate);
    current = run;
    load.RoundTrips = run.PostRoundTrip;
    load.SentAt.Clear();
    load.Stored.Clear();
    var (failedBefore, retriedBefore, transientBefore) = (load.Failed, load.Retried, load.Transient);
    var (reopenedBefore, duplicatesBefore) = (SseSubscriber.Reopened, SseSubscriber.Duplicates);
    var rolling = options.RollingDirectory is { } directory ? new RollingRestart(directory, options.Silos) : null;
    var sampler = new ProcessSampler(rolling is null ? () => options.SiloPids : rolling.Pids, TimeSpan.FromSeconds(options.WarmupSeconds));
    using var sampling = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    var sampled = sampler.RunAsync(sampling.Token);
    var progress = new Progress<int>(sent => Console.Error.WriteLine(
        $"rate {rate}/s: {sent} sent, {run.Cis.Count} CIS and {run.FeedSincePost.Count} FEED deliveries measured"));
    // A rolling restart starts 5 s into the measured run; each silo waits for the one before it to be ready, then 5 s.
    var restarting = rolling?.RunAsync(TimeSpan.FromSeconds(options.WarmupSeconds + 5), TimeSpan.FromSeconds(5), stop.Token) ?? Task.CompletedTask;
    await load.RunAsync(rate, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.WarmupSeconds + options.Seconds), progress, stop.Token);
    if (!restarting.IsCompleted)
    {
        Console.Error.WriteLine($"rate {rate}/s: the rolling restart outlasted the measured {options.Seconds} s; waiting for it");
    }

    await restarting;
    await sampling.CancelAsync();
    await sampled;
    // The last messages still have their embargo to wait, and then some.
    await Task.Delay(TimeSpan.FromSeconds(options.FeedDelaySeconds + 3), stop.Token);
    current = null;
    run.Stored = load.Stored.Values.Sum();
    run.Failed = load.Failed - failedBefore;
    run.Retries = (load.Retried - retriedBefore, load.Transient - transientBefore);
    run.Streams = (SseSubscriber.Reopened - reopenedBefore, SseSubscriber.Duplicates - duplicatesBefore);
    run.Restarts = rolling?.Restarts ?? [];
    var cisPerSession = sessions.Select((_, s) => Enumerable.Range(0, options.CisSubscribers).Count(i => i % sessions.Count == s)).ToArray();
    run.ExpectedCis = load.Stored.Sum(p => (long)p.Value * cisPerSession[p.Key]);
    run.ExpectedFeed = (long)run.Stored * options.FeedSubscribers;
    run.Resources = sampler.Means();
    run.WarmupSiloCpu = sampler.WarmupSiloCpu();
    results.Add(run);
    Console.Error.WriteLine($"rate {rate}/s done: {sampler.Summary()}; streams closed as lagging so far: {SseSubscriber.Lagged}");
}

await listening.CancelAsync();
await Task.WhenAll(running);
Console.WriteLine(LatencyReport.Markdown(options, results));
foreach (var api in apis)
{
    api.Dispose();
}

return results.Any(r => r.FeedSinceStored.BelowFloor > 0 || r.Failed > 0 || r.Streams.Duplicates > 0) ? 1 : 0;
