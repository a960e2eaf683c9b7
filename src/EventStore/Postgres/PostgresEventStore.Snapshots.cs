namespace Olympics.Orleans.EventStore.Postgres;

public sealed partial class PostgresEventStore
{
    /// <inheritdoc />
    public async Task SaveSnapshotAsync(StreamSnapshot snapshot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var command = _dataSource.CreateCommand(_sql.SaveSnapshot);
        command.Parameters.AddWithValue("stream", snapshot.StreamId);
        command.Parameters.AddWithValue("version", snapshot.Version);
        command.Parameters.AddWithValue("type", snapshot.Type);
        command.Parameters.AddWithValue("data", snapshot.Data);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public async Task<StreamSnapshot?> LoadSnapshotAsync(string streamId, long? maxVersion = null, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(_sql.LoadSnapshot);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("max", maxVersion ?? long.MaxValue);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new StreamSnapshot(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3))
            : null;
    }
}
