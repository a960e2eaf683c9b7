using Npgsql;
using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.EventStore.Tests.Marten;

/// <summary>
/// A fresh store filled by an import kept the planner's picture of an empty table until autovacuum came round, and a
/// read model far behind the import read each page by sorting every event after it (the gate caught up 30-40 s late).
/// </summary>
public sealed class MartenBulkStatisticsTests
{
    [Fact]
    public async Task A_bulk_append_that_outgrows_the_last_analyze_has_the_events_analyzed_without_waiting_for_autovacuum()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var store = MartenTestStores.Create(schema);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var streams = Enumerable.Range(0, (int)BulkStatistics.MinEvents).Select(_ => new StreamImport(Events.NewStreamId("stats"), Events.Range(1, 1))).ToList();

        await store.BulkAppendAsync(streams, TestContext.Current.CancellationToken);

        var planned = 0L;
        for (var waited = 0; waited < 100 && planned < BulkStatistics.MinEvents; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            planned = await ReltuplesAsync(schema);
        }

        planned.ShouldBe(BulkStatistics.MinEvents, "the planner must know the events the import wrote");
    }

    private static async Task<long> ReltuplesAsync(string schema)
    {
        await using var connection = await TestStores.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT reltuples::bigint FROM pg_class WHERE oid = '{schema}.mt_events'::regclass", connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
