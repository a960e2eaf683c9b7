using Olympics.Orleans.EventStore.InMemory;

namespace Olympics.Orleans.EventStore.Tests.Contract;

public sealed class InMemoryEventStoreContractTests : EventStoreContract
{
    protected override Task<IEventStore> CreateStoreAsync() => Task.FromResult<IEventStore>(new InMemoryEventStore());
}
