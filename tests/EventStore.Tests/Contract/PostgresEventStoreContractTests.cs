namespace Olympics.Orleans.EventStore.Tests.Contract;

public sealed class PostgresEventStoreContractTests : EventStoreContract
{
    protected override async Task<IEventStore> CreateStoreAsync() => await TestStores.CreateStoreAsync();
}
