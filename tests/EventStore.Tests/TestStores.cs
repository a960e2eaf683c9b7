using Npgsql;

namespace Olympics.Orleans.EventStore.Tests;

/// <summary>Connections to the shared test server, for tests that look below the store.</summary>
public static class TestStores
{
    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
