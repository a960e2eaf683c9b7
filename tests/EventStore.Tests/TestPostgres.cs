using Npgsql;
using Olympics.Orleans.EventStore.Postgres;

namespace Olympics.Orleans.EventStore.Tests;

/// <summary>
/// The PostgreSQL server the tests run against, from OLYMPICS_TEST_PG (scripts/test.sh starts one). Without it the
/// tests fail with a message saying so: they are never skipped.
/// </summary>
public static class TestPostgres
{
    public static string ConnectionString => Environment.GetEnvironmentVariable("OLYMPICS_TEST_PG") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            "OLYMPICS_TEST_PG is not set: run the suite with scripts/test.sh, which starts a throwaway PostgreSQL, or set it to a connection string.");

    /// <summary>A store in a schema of its own, so tests never see each other's events.</summary>
    public static async Task<PostgresEventStore> CreateStoreAsync(TimeSpan? fallbackPoll = null)
    {
        var store = new PostgresEventStore(new PostgresEventStoreOptions
        {
            ConnectionString = ConnectionString,
            Schema = NewSchemaName(),
            FallbackPollInterval = fallbackPoll ?? TimeSpan.FromSeconds(5),
        });
        await store.InitializeAsync();
        return store;
    }

    public static string NewSchemaName() => "t_" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
