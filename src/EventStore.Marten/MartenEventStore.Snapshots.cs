using Marten;

namespace Olympics.Orleans.EventStore.Marten;

public sealed partial class MartenEventStore
{
    /// <inheritdoc />
    public async Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        StreamIds.Validate(snapshot.StreamId);
        await using var session = _store.LightweightSession();
        session.Store(new SnapshotDocument
        {
            Id = SnapshotDocument.IdFor(snapshot.StreamId, snapshot.Version),
            StreamId = snapshot.StreamId,
            Version = snapshot.Version,
            Type = snapshot.Type,
            Data = snapshot.Data,
        });
        await session.SaveChangesAsync(ct);
    }

    /// <inheritdoc />
    public async Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default)
    {
        await using var session = _store.QuerySession();
        var limit = maxVersion ?? long.MaxValue;
        var found = await session.Query<SnapshotDocument>()
            .Where(s => s.StreamId == streamId && s.Version <= limit)
            .OrderByDescending(s => s.Version)
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new StreamSnapshot(found.StreamId, found.Version, found.Type, found.Data);
    }
}
