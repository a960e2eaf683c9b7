using System.Runtime.CompilerServices;
using Npgsql;

namespace Olympics.Orleans.EventStore.Marten;

public sealed partial class MartenEventStore
{
    /// <inheritdoc />
    public async Task<BulkAppendResult> BulkAppendAsync(IReadOnlyList<StreamImport> streams, CancellationToken ct = default)
    {
        AppendGuard.ValidateBulk(streams);
        if (streams.Count == 0)
        {
            return new BulkAppendResult(0, 0);
        }

        try
        {
            await CopyAsync(streams, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Nothing was written (one transaction). Only now look for the stream, to name it.
            var existing = await FindExistingStreamsAsync([.. streams.Select(s => s.StreamId)], ct);
            var first = streams.FirstOrDefault(s => existing.Contains(s.StreamId))?.StreamId ?? streams[0].StreamId;
            throw new ConcurrencyException(first, ExpectedVersion.NoStream, await GetStreamVersionAsync(first, ct));
        }

        _readable.Wake();
        var events = streams.Sum(s => (long)s.Events.Count);
        _statistics.Appended(events);
        return new BulkAppendResult(streams.Count, events);
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> FindExistingStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        if (streamIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        await using var command = _dataSource.CreateCommand($"SELECT id FROM {_schema}.mt_streams WHERE id = ANY($1)");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string[]> { TypedValue = [.. streamIds] });
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ListStreamIdsAsync(string prefix, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var command = _dataSource.CreateCommand(
            $"SELECT id FROM {_schema}.mt_streams WHERE starts_with(id, $1) ORDER BY id COLLATE \"C\"");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = prefix });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return reader.GetString(0);
        }
    }
}
