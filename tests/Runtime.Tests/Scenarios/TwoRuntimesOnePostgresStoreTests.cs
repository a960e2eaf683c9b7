using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Postgres;

namespace Olympics.Orleans.Runtime.Tests.Scenarios;

/// <summary>The two-silo scenario on real PostgreSQL: the stream row fences concurrent writers from two runtimes.</summary>
public sealed class TwoRuntimesOnePostgresStoreTests : TwoRuntimesOneStoreScenario, IAsyncDisposable
{
    private PostgresEventStore? _store;

    protected override async Task<IEventStore> CreateStoreAsync()
    {
        _store = new PostgresEventStore(new PostgresEventStoreOptions { ConnectionString = TestPostgres.ConnectionString, Schema = TestPostgres.NewSchemaName() });
        await _store.InitializeAsync();
        return _store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
