using Npgsql;
using Olympics.Orleans.EventStore.Postgres;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.EventStore.Tests;

/// <summary>PostgreSQL stores and connections for the store's tests, on the shared test server.</summary>
public static class TestStores
{
    /// <summary>A store in a schema of its own, so tests never see each other's events.</summary>
    public static async Task<PostgresEventStore> CreateStoreAsync(TimeSpan? fallbackPoll = null, string? schema = null)
    {
        var store = new PostgresEventStore(new PostgresEventStoreOptions
        {
            ConnectionString = TestPostgres.ConnectionString,
            Schema = schema ?? TestPostgres.NewSchemaName(),
            FallbackPollInterval = fallbackPoll ?? TimeSpan.FromSeconds(5),
        });
        await store.InitializeAsync();
        return store;
    }

    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
