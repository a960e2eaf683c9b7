using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Replay.Audit;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// The audit export of a whole category in bounded memory. export-seed writes N events (10 per accreditation stream,
/// BulkAppend in batches); export-read reads them all in global order as the export does, and does nothing else (the
/// baseline); export-csv runs the audit export itself (AuditExport + CsvAuditWriter, what `audit --category accreditation
/// --format csv --out /dev/null` runs) into /dev/null. Each run is a process of its own, so its peak resident memory
/// (VmHWM) is the export's alone; it is printed at every million events.
/// </summary>
internal static class ExportBenchmark
{
    private const int EventsPerStream = 10;
    private const int StreamsPerBatch = 10_000;
    private const int Milestone = 1_000_000;

    public static Task<int> RunAsync(BenchOptions options) => options.Scenario switch
    {
        "export-seed" => SeedAsync(options),
        "export-read" => ExportAsync(options, csv: false),
        _ => ExportAsync(options, csv: true),
    };

    private static async Task<int> SeedAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        var clock = Stopwatch.StartNew();
        long written = 0;
        var batches = (options.Events / EventsPerStream + StreamsPerBatch - 1) / StreamsPerBatch;
        await Parallel.ForEachAsync(Enumerable.Range(0, batches), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (b, ct) =>
        {
            var streams = Enumerable.Range(b * StreamsPerBatch, Math.Min(StreamsPerBatch, (options.Events / EventsPerStream) - (b * StreamsPerBatch)))
                .Select(i => new StreamImport($"accreditation-{i:D8}", [.. Enumerable.Range(1, EventsPerStream).Select(v => Event(i, v))])).ToList();
            var total = Interlocked.Add(ref written, (await store.BulkAppendAsync(streams, ct)).Events);
            if (total % Milestone == 0)
            {
                Console.Error.WriteLine($"  [export-seed] {total,11:N0} / {options.Events:N0} events, {total / clock.Elapsed.TotalSeconds,9:N0} events/s");
            }
        });
        Console.WriteLine($"export-seed: {written:N0} events in {written / EventsPerStream:N0} accreditation streams, {clock.Elapsed.TotalSeconds:0} s, {written / clock.Elapsed.TotalSeconds:N0} events/s");
        return 0;
    }

    private static async Task<int> ExportAsync(BenchOptions options, bool csv)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        var name = csv ? "export-csv" : "export-read";
        Console.WriteLine($"{name}: start, VmHWM {Memory("VmHWM")}");
        var clock = Stopwatch.StartNew();
        var events = Milestones(AuditSource.CategoryAsync(store, "accreditation"), name, clock);
        long count;
        if (csv)
        {
            await using var devNull = new StreamWriter("/dev/null", false, new System.Text.UTF8Encoding(false), 1 << 16);
            (count, _) = await AuditExport.RunAsync(events, AuditFilter.All, new AuditZones(store), new CsvAuditWriter(devNull), CancellationToken.None);
        }
        else
        {
            count = 0;
            await foreach (var _ in events)
            {
                count++;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {count:N0} events in {clock.Elapsed.TotalSeconds:0.0} s, {count / clock.Elapsed.TotalSeconds:N0} events/s, VmHWM {Memory("VmHWM")}, VmRSS {Memory("VmRSS")}"));
        return 0;
    }

    private static async IAsyncEnumerable<StoredEvent> Milestones(IAsyncEnumerable<StoredEvent> events, string name, Stopwatch clock, [EnumeratorCancellation] CancellationToken ct = default)
    {
        long count = 0;
        await foreach (var stored in events.WithCancellation(ct))
        {
            yield return stored;
            if (++count % Milestone == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {count,11:N0} events, {count / clock.Elapsed.TotalSeconds,9:N0} events/s, VmHWM {Memory("VmHWM")}, VmRSS {Memory("VmRSS")}, GC heap {GC.GetTotalMemory(false) / 1048576.0:0} MB"));
            }
        }
    }

    private static EventData Event(int stream, int version)
    {
        var metadata = new EventMetadata($"{stream:x8}{version:x8}0000000000000000", $"{version:x16}", version % 3 == 0 ? "http:alice" : "import:bench", $"{stream:x8}{version:x8}0000000000000000");
        return version == 1
            ? EventData.Create("accreditation.applied.v1", $$"""{"number":"{{stream:D8}}","name":"Person {{stream}}","category":"Media","function":"EP","noc":"FRA","organisation":"AFP","validFrom":"2024-07-01","validUntil":"2024-08-31","reason":"press application","at":"2024-07-20T08:00:00+00:00"}""", metadata)
            : EventData.Create("accreditation.privileges-changed.v1", $$"""{"privileges":{"venues":["STA","BCY"],"zones":[1,{{version}}],"transport":"T1","dining":true},"reason":"change {{version}}, venue access for the next round","at":"2024-07-2{{version % 10}}T08:00:00+00:00"}""", metadata);
    }

    private static string Memory(string field) =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))?[(field.Length + 1)..].Trim() ?? "?";
}
