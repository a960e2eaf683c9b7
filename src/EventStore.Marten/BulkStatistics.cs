using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>
/// Keeps the planner's statistics of the events up with bulk appends. A store created empty, or an import that doubles
/// it, leaves PostgreSQL planning for the small table it last analyzed until autovacuum's next round (up to a minute
/// later): a follower's page (events after a sequence, of one category, in order) is then answered by fetching every
/// event in the range and sorting it (1.4 s a page with 600,000 events, against milliseconds on the primary key), and a
/// read model far behind an import waited for autovacuum. After bulk appends of at least as many events as the table
/// held at its last analyze, this analyzes the tables, in the background, one at a time.
/// </summary>
internal sealed class BulkStatistics(NpgsqlDataSource dataSource, string schema)
{
    /// <summary>Fewer new events than this never trigger an analyze.</summary>
    public const long MinEvents = 10_000;

    private long _appended; // events bulk-appended by this process since the analyze it last ran
    private int _running;
    private Task _refresh = Task.CompletedTask;

    /// <summary>A bulk append of <paramref name="events"/> events committed.</summary>
    public void Appended(long events)
    {
        if (Interlocked.Add(ref _appended, events) >= MinEvents && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _refresh = Task.Run(RefreshAsync);
        }
    }

    /// <summary>Completes when no analyze runs any more (for disposal).</summary>
    public Task IdleAsync() => Volatile.Read(ref _refresh);

    private async Task RefreshAsync()
    {
        try
        {
            await using var count = dataSource.CreateCommand($"SELECT reltuples::bigint FROM pg_class WHERE oid = '{schema}.mt_events'::regclass");
            var analyzed = Math.Max(0, (long)(await count.ExecuteScalarAsync() ?? 0L)); // -1: never analyzed
            var appended = Interlocked.Read(ref _appended);
            if (appended >= Math.Max(MinEvents, analyzed))
            {
                Interlocked.Add(ref _appended, -appended);
                await using var analyze = dataSource.CreateCommand($"ANALYZE {schema}.mt_events, {schema}.mt_streams");
                await analyze.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // Statistics only speed reads up: autovacuum analyzes the tables in its own time.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
