using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Time to activate a grain whose stream has a snapshot at version 100 and 100 events after it, on PostgreSQL:
/// the first call to each of 500 such grains in a fresh runtime, one at a time.
/// </summary>
internal static class ActivationBenchmark
{
    private const int Grains = 500;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        await PrepareAsync(store);
        await using var host = await BenchHost.StartAsync(store);
        var factory = host.GetRequiredService<IGrainFactory>();
        var latencies = new Latencies(1);
        for (var i = 0; i < Grains; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var value = await factory.GetGrain<IBenchCounterGrain>($"cold{i}").GetAsync();
            latencies.Record(0, started);
            if (value != 200)
            {
                throw new InvalidOperationException($"cold{i} activated at {value}, expected 200: the snapshot or the events were not applied.");
            }
        }

        Console.WriteLine($"activation: {Grains} grains from a snapshot at version 100 + 100 events: {latencies.Summary()}");
        return 0;
    }

    private static async Task PrepareAsync(MartenEventStore store)
    {
        var streams = Enumerable.Range(0, Grains).Select(i => new StreamImport($"bench-cold{i}",
            [.. Enumerable.Range(1, 200).Select(v => EventData.Create("bench.incremented.v1", $$"""{"value":{{v}}}"""))])).ToList();
        await store.BulkAppendAsync(streams);
        foreach (var stream in streams)
        {
            await store.SaveSnapshotAsync(new StreamSnapshot(stream.StreamId, 100, "bench.state.v1", """{"value":100}"""));
        }

        Console.Error.WriteLine($"  [activation] prepared {Grains} streams of 200 events with a snapshot at 100");
    }
}
