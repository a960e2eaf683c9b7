using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.Testing;

/// <summary>Marten stores for the tests, each in a schema of its own on the shared test server.</summary>
public static class MartenTestStores
{
    public static MartenEventStore Create(string? schema = null) => new(new MartenEventStoreOptions
    {
        ConnectionString = TestPostgres.ConnectionString,
        Schema = schema ?? TestPostgres.NewSchemaName(),
    });

    public static async Task<MartenEventStore> CreateStoreAsync(string? schema = null)
    {
        var store = Create(schema);
        await store.InitializeAsync();
        return store;
    }
}
