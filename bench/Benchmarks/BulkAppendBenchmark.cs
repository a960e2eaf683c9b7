using System.Diagnostics;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// An import of new streams with one event each, the shape of an accreditation import, in batches of 10,000
/// streams through <see cref="IEventStore.BulkAppendAsync"/> (binary COPY), two batches at a time.
/// </summary>
internal static class BulkAppendBenchmark
{
    private const int Batch = 10_000;
    private const int Importers = 2;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        var metadata = new EventMetadata("import-bench", null, "bench:import", null);
        var batches = Enumerable.Range(0, (options.Events + Batch - 1) / Batch).Select(b => Enumerable
            .Range(b * Batch, Math.Min(Batch, options.Events - (b * Batch)))
            .Select(i => new StreamImport($"accreditation-{i:D8}", [EventData.Create("accreditation.applied.v1",
                $$"""{"number":"{{i:D8}}","category":"E","function":"EP","noc":"FRA","name":"Person {{i}}","venues":["STA","BCY"]}""", metadata)]))
            .ToList()).ToList();
        Console.Error.WriteLine($"  [bulk-append] {options.Events:N0} events prepared in memory; importing");

        // Only the store's work is timed: validation, COPY, commit. Two importers run side by side, as an import
        // job would on two cores: one COPY keeps one PostgreSQL backend (one core) busy.
        var clock = Stopwatch.StartNew();
        long written = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Importers }, async (batch, ct) =>
        {
            var total = Interlocked.Add(ref written, (await store.BulkAppendAsync(batch, ct)).Events);
            if (total % (Batch * 10) == 0)
            {
                Console.Error.WriteLine($"  [bulk-append] {total,9:N0} / {options.Events:N0} events, {total / clock.Elapsed.TotalSeconds,9:N0} events/s");
            }
        });

        Console.WriteLine($"bulk-append: {written:N0} events in new streams, {Importers} importers, {clock.Elapsed.TotalSeconds:0.00} s, {written / clock.Elapsed.TotalSeconds:N0} events/s");
        return 0;
    }
}
