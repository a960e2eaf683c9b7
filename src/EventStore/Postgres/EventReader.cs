using Npgsql;

namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>Turns rows selected with the store's event columns into <see cref="StoredEvent"/>s.</summary>
internal static class EventReader
{
    public static StoredEvent Read(NpgsqlDataReader row) => new(
        row.GetGuid(0),
        row.GetString(1),
        row.GetInt64(2),
        row.GetString(3),
        row.GetString(4),
        MetadataJson.Read(row.GetString(5)),
        row.GetFieldValue<DateTimeOffset>(6),
        new GlobalPosition(row.GetFieldValue<ulong>(7), row.GetInt64(8)));
}
