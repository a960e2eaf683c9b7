using System.Diagnostics;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Venues;
using Olympics.Orleans.Replay.Rebuild;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// The rebuild rate on PostgreSQL: <c>--events</c> accreditations imported with BulkAppend (every third later suspended),
/// plus half as many events of another category, then in the same run: a raw read of the accreditation category
/// (ReadAll pages, no deserialization, no apply), the rebuild of the accreditation read model, the rebuild of every
/// read model, and the load of the saved checkpoint that a silo does at start instead of the fold.
/// </summary>
internal static class RebuildBenchmark
{
    private const int Batch = 10_000;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var serializer = new EventSerializer().RegisterAssemblies(typeof(VenueGrain).Assembly);
        var storeOptions = new PostgresReadModelStoreOptions { ConnectionString = BenchOptions.ConnectionString, Schema = options.Schema };
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        await using var readModels = new PostgresReadModelStore(storeOptions);
        var total = await ImportAsync(store, serializer, options.Events);
        Console.Error.WriteLine($"  [rebuild] {total:N0} events imported; vacuum analyze");
        await using (var connection = new Npgsql.NpgsqlConnection(BenchOptions.ConnectionString))
        {
            // As autovacuum would have done on a store that has been live for a while: hint bits and the visibility
            // map set, so neither the raw read nor the rebuild pays for the import's first scan.
            await connection.OpenAsync();
            await using var vacuum = new Npgsql.NpgsqlCommand($"VACUUM ANALYZE {options.Schema}.events", connection) { CommandTimeout = 600 };
            await vacuum.ExecuteNonQueryAsync();
        }

        var settings = new RebuildSettings();
        var clock = Stopwatch.StartNew();
        var raw = await ReadRawAsync(store, AccreditationGrain.Category, settings.PageSize);
        var rawTime = clock.Elapsed;
        Console.WriteLine($"rebuild: raw read of the accreditation category: {raw:N0} events, {rawTime.TotalSeconds:0.00} s, {raw / rawTime.TotalSeconds:N0} events/s");

        var rebuild = new ReadModelRebuild(store, readModels, serializer, settings);
        var one = await rebuild.RunAsync(new AccreditationsView(), resume: false, CancellationToken.None);
        Console.WriteLine($"rebuild: accreditations: {one.Events:N0} events, {one.Elapsed.TotalSeconds:0.00} s, {one.Rate:N0} events/s "
            + $"({one.Rate / (raw / rawTime.TotalSeconds):P0} of the raw read), final checkpoint included");
        clock.Restart();
        raw = await ReadRawAsync(store, AccreditationGrain.Category, settings.PageSize);
        rawTime = clock.Elapsed;
        Console.WriteLine($"rebuild: raw read again: {raw:N0} events, {rawTime.TotalSeconds:0.00} s, {raw / rawTime.TotalSeconds:N0} events/s");

        clock.Restart();
        long all = 0;
        foreach (var projection in ReadModelCatalog.Resolve("all"))
        {
            all += (await rebuild.RunAsync(projection, resume: false, CancellationToken.None)).Events;
        }

        var allTime = clock.Elapsed;
        Console.WriteLine($"rebuild: all read models: {all:N0} events, {allTime.TotalSeconds:0.00} s, {all / allTime.TotalSeconds:N0} events/s");

        var checkpoint = (await readModels.LoadActiveAsync("accreditations"))!;
        clock.Restart();
        var view = new AccreditationsView();
        ProjectionCheckpoints.Load(view, checkpoint.Data, checkpoint.Info.Position);
        Console.WriteLine($"rebuild: silo start from the checkpoint: {view.Count:N0} accreditations loaded in {clock.Elapsed.TotalSeconds:0.00} s "
            + $"from {checkpoint.Data.Length / 1048576.0:0.0} MB (compressed)");
        return 0;
    }

    private static async Task<long> ReadRawAsync(MartenEventStore store, string category, int pageSize)
    {
        long count = 0;
        var after = GlobalPosition.Start;
        while (true)
        {
            var page = 0;
            await foreach (var stored in store.ReadAllAsync(new ReadAllOptions(after, category, pageSize)))
            {
                (after, page) = (stored.Position, page + 1);
            }

            if (page == 0)
            {
                return count;
            }

            count += page;
        }
    }

    private static async Task<long> ImportAsync(MartenEventStore store, EventSerializer serializer, int accreditations)
    {
        var at = new DateTimeOffset(2024, 7, 20, 8, 0, 0, TimeSpan.Zero);
        var metadata = new EventMetadata("rebuild-bench", null, "bench:rebuild", null);
        EventData Data(object e) => serializer.Serialize(e) is var (type, json) ? EventData.Create(type, json, metadata) : throw new InvalidOperationException();
        long written = 0;
        for (var start = 0; start < accreditations; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, accreditations - start)).Select(i =>
            {
                List<EventData> events = [Data(new AccreditationImported($"{i:D8}", $"Person {i}", (AccreditationCategory)(i % 5), "EP", i % 2 == 0 ? "FRA" : "KEN",
                    "Org", new DateOnly(2024, 7, 1), new DateOnly(2024, 8, 15), new Privileges(["STA", "BCY"], [1, 2, 3], "T1", i % 4 == 0), "import", at))];
                if (i % 3 == 0)
                {
                    events.Add(Data(new AccreditationSuspended("lost card", at.AddMinutes(i % 1000))));
                }

                return new StreamImport($"accreditation-{i:D8}", events);
            }).ToList();
            written += (await store.BulkAppendAsync(batch)).Events;
            var others = Enumerable.Range(start / 2, Math.Min(Batch, accreditations - start) / 2)
                .Select(i => new StreamImport($"delivery-{i:D8}", [EventData.Create("delivery.recorded.v1", $$"""{"tier":"T{{i % 3}}","ms":{{i % 977}}}""", metadata)])).ToList();
            written += (await store.BulkAppendAsync(others)).Events;
        }

        return written;
    }
}
