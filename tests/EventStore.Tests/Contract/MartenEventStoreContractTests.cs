namespace Olympics.Orleans.EventStore.Tests.Contract;

public sealed class MartenEventStoreContractTests : EventStoreContract
{
    protected override async Task<IEventStore> CreateStoreAsync() => await MartenTestStores.CreateStoreAsync();
}
