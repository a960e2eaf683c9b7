using Npgsql;

namespace Olympics.Orleans.Testing;

/// <summary>
/// The PostgreSQL server the tests run against, from OLYMPICS_TEST_PG (scripts/test.sh starts one). Without it the
/// tests fail with a message saying so: they are never skipped. Linked into each test project that needs it.
/// </summary>
public static class TestPostgres
{
    public static string ConnectionString => Environment.GetEnvironmentVariable("OLYMPICS_TEST_PG") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            "OLYMPICS_TEST_PG is not set: run the suite with scripts/test.sh, which starts a throwaway PostgreSQL, or set it to a connection string.");

    /// <summary>A schema name no other test uses, so tests never see each other's events.</summary>
    public static string NewSchemaName() => "t_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Removes the events of <paramref name="stream"/> after version <paramref name="kept"/>, as if they had never been
    /// written (a process that died before writing its later checkpoints).
    /// </summary>
    public static async Task RewindStreamAsync(string schema, string stream, long kept)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {schema}.mt_events WHERE stream_id = @s AND version > @kept; UPDATE {schema}.mt_streams SET version = @kept WHERE id = @s", connection);
        command.Parameters.AddWithValue("s", stream);
        command.Parameters.AddWithValue("kept", kept);
        (await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBeGreaterThan(1);
    }
}
