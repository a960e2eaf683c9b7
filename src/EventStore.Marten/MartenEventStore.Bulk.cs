using System.Runtime.CompilerServices;
using JasperFx.Events;

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

        // The COPY would fail on the first existing stream too, but without saying which: look first, so the
        // conflict names the stream. A stream created between the look and the COPY still fails the whole import.
        var existing = await FindExistingStreamsAsync([.. streams.Select(s => s.StreamId)], ct);
        if (existing.Count > 0)
        {
            var first = streams.First(s => existing.Contains(s.StreamId)).StreamId;
            throw new ConcurrencyException(first, ExpectedVersion.NoStream, await GetStreamVersionAsync(first, ct));
        }

        var actions = streams.Select(s => StreamAction.Start(s.StreamId, [.. s.Events.Select(ToEvent)])).ToList();
        try
        {
            await _store.BulkInsertEventsAsync(actions, cancellation: ct);
        }
        catch (Exception e) when (MartenConflicts.IsConflict(e))
        {
            throw new ConcurrencyException(streams[0].StreamId, ExpectedVersion.NoStream, -1);
        }

        _readable.Wake();
        return new BulkAppendResult(streams.Count, streams.Sum(s => (long)s.Events.Count));
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

    private IEvent ToEvent(EventData e)
    {
        var stored = _store.Events.BuildEvent(new JsonPayload(e.Data));
        Stamp([stored], [e]);
        return stored;
    }
}
