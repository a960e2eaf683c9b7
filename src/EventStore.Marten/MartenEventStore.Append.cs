using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Olympics.Orleans.EventStore.Telemetry;

namespace Olympics.Orleans.EventStore.Marten;

// An append is a call of Marten's own append function, mt_quick_append_events, the statement a Marten session sends
// inside a transaction of its own: the function checks the expected version under the stream's row lock, takes the
// sequence numbers, writes mt_events and mt_streams, and is atomic as a single statement. Going straight to it saves
// the session's unit of work and the BEGIN and COMMIT round trips (docs/adr/0005). The rows are the ones Marten
// writes (MartenDirectAppendTests compares them column by column).
//
// Appends made at the same time are committed together (GroupCommit): the calls of a group go in one round trip as
// one implicit transaction. When one of them is refused (a version conflict), PostgreSQL rolls the whole group back
// and each append is made again alone, so that every append keeps its own outcome, all or nothing.
public sealed partial class MartenEventStore
{
    // Marten's names for the default tenant and the SQLSTATE its function raises on a version mismatch.
    private const string DefaultTenant = "*DEFAULT*";
    private const string VersionMismatch = "MT003";
    private static readonly string CarrierType = $"{typeof(JsonPayload).FullName}, {typeof(JsonPayload).Assembly.GetName().Name}";

    private string QuickAppendSql =>
        $"SELECT {_schema}.mt_quick_append_events($1, NULL, '{DefaultTenant}', $2, $3, $4, $5, NULL, $6, $7, $8, $9, "
        + "array_fill(now(), ARRAY[cardinality($2)]), $10)";

    private Task<AppendResult> AppendAtAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct) =>
        _groupCommit is null
            ? AppendAloneAsync(streamId, expectedVersion, events, ct)
            : _groupCommit.AppendAsync(new PendingAppend(streamId, expectedVersion, events, Activity.Current, ct));

    private async Task<AppendResult> AppendAloneAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand(QuickAppendSql);
        AddParameters(command.Parameters, streamId, expectedVersion, events);
        long[] result;
        try
        {
            result = (long[])(await command.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException e) when (e.SqlState is VersionMismatch or PostgresErrorCodes.UniqueViolation)
        {
            // A unique violation: another writer created the stream first (both saw no row to lock).
            throw new ConcurrencyException(streamId, expectedVersion, await GetStreamVersionAsync(streamId, ct));
        }

        Committed(Announced(streamId));
        return Result(result);
    }

    // GroupCommit's commit: sets the outcome of every append of the group, or throws for all of them.
    private async Task CommitAsync(IReadOnlyList<PendingAppend> group)
    {
        var outer = Activity.Current;
        Activity.Current = group[0].Trace;
        try
        {
            if (group.Count == 1)
            {
                await CommitAloneAsync(group[0]);
                return;
            }

            // Any other failure (a connection lost: whether the group committed is unknown, as for an append alone)
            // reaches GroupCommit, which gives it to every append of the group.
            AppendResult[] results;
            try
            {
                results = await AppendTogetherAsync(group);
            }
            catch (PostgresException)
            {
                // Rolled back as a whole: each append again, alone, with its own outcome.
                EventStoreTelemetry.GroupsRetried.Add(1);
                Interlocked.Increment(ref _groupsRetried);
                foreach (var append in group)
                {
                    Activity.Current = append.Trace;
                    await CommitAloneAsync(append);
                }

                return;
            }

            EventStoreTelemetry.AppendsPerCommit.Record(group.Count);
            InterlockedMax(ref _largestGroup, group.Count);
            Committed(group.Any(a => Announced(a.StreamId)));
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Done.TrySetResult(results[i]);
            }
        }
        finally
        {
            Activity.Current = outer;
        }
    }

    private async Task CommitAloneAsync(PendingAppend append)
    {
        try
        {
            append.Done.TrySetResult(await AppendAloneAsync(append.StreamId, append.ExpectedVersion, append.Events, append.Cancellation));
        }
        catch (Exception e)
        {
            append.Done.TrySetException(e);
        }
    }

    // One round trip, one implicit transaction: PostgreSQL commits at the batch's end or rolls every call back.
    private async Task<AppendResult[]> AppendTogetherAsync(IReadOnlyList<PendingAppend> group)
    {
        await using var batch = _dataSource.CreateBatch();
        foreach (var append in group)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = QuickAppendSql;
            AddParameters(command.Parameters, append.StreamId, append.ExpectedVersion, append.Events);
            batch.BatchCommands.Add(command);
        }

        var results = new AppendResult[group.Count];
        await using var reader = await batch.ExecuteReaderAsync(CancellationToken.None);
        for (var i = 0; i < results.Length; i++)
        {
            if ((i > 0 && !await reader.NextResultAsync()) || !await reader.ReadAsync())
            {
                throw new InvalidOperationException($"The append function returned no row for append {i + 1} of {results.Length}.");
            }

            results[i] = Result(reader.GetFieldValue<long[]>(0));
        }

        // Read to the end of the batch, so that a failed commit surfaces here, before anyone is told it succeeded.
        while (await reader.NextResultAsync())
        {
        }

        return results;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    private static AppendResult Result(long[] returned) => new(returned[0], MartenPositions.From(returned[^1]));

    // Followers of this process are woken; those of other processes too when a category they wait for got events.
    private void Committed(bool announce)
    {
        _readable.Wake();
        if (announce)
        {
            _announcer.Committed();
        }
    }

    private bool Announced(string streamId) => _announced.Count > 0 && _announced.Contains(ReadableTail.CategoryOf(streamId));

    private static void AddParameters(NpgsqlParameterCollection parameters, string streamId, long expectedVersion, IReadOnlyList<EventData> events)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId, NpgsqlDbType = NpgsqlDbType.Varchar });
        parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. events.Select(e => e.Id)] });
        parameters.Add(Varchars([.. events.Select(e => e.Type)]));
        parameters.Add(Varchars([.. events.Select(_ => CarrierType)]));
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.Data)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        parameters.Add(Varchars([.. events.Select(e => e.Metadata.CausationId)]));
        parameters.Add(Varchars([.. events.Select(e => e.Metadata.CorrelationId)]));
        parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. events.Select(e => Headers(e.Metadata.TraceId))], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        parameters.Add(Varchars([.. events.Select(e => e.Metadata.Actor)]));
        parameters.Add(new NpgsqlParameter<long> { TypedValue = expectedVersion });
    }

    private static NpgsqlParameter<string?[]> Varchars(string?[] values) =>
        new() { TypedValue = values, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar };

    // Marten writes the headers as a JSON object, or JSON null when an event has none.
    private static string Headers(string? traceId) =>
        traceId is null ? "null" : JsonSerializer.Serialize(new Dictionary<string, string> { [TraceIdHeader] = traceId });
}
