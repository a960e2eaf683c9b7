using System.Diagnostics;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// An import of new streams with one event each, the shape of an accreditation import, in batches of 10,000
/// streams through <see cref="IEventStore.BulkAppendAsync"/> (binary COPY).
/// </summary>
internal static class BulkAppendBenchmark
{
    private const int Batch = 10_000;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        var metadata = new EventMetadata("import-bench", null, "bench:import", null);
        var clock = Stopwatch.StartNew();
        long written = 0;
        for (var start = 0; start < options.Events; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, options.Events - start)).Select(i => new StreamImport(
                $"accreditation-{i:D8}",
                [EventData.Create("accreditation.applied.v1",
                    $$"""{"number":"{{i:D8}}","category":"E","function":"EP","noc":"FRA","name":"Person {{i}}","venues":["STA","BCY"]}""", metadata)])).ToList();
            written += (await store.BulkAppendAsync(batch)).Events;
            if (start / Batch % 10 == 0)
            {
                Console.Error.WriteLine($"  [bulk-append] {written,9:N0} / {options.Events:N0} events, {written / clock.Elapsed.TotalSeconds,9:N0} events/s");
            }
        }

        Console.WriteLine($"bulk-append: {written:N0} events in new streams, {clock.Elapsed.TotalSeconds:0.00} s, {written / clock.Elapsed.TotalSeconds:N0} events/s");
        return 0;
    }
}
