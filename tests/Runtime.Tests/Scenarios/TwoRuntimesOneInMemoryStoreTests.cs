using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;

namespace Olympics.Orleans.Runtime.Tests.Scenarios;

public sealed class TwoRuntimesOneInMemoryStoreTests : TwoRuntimesOneStoreScenario
{
    protected override Task<IEventStore> CreateStoreAsync() => Task.FromResult<IEventStore>(new InMemoryEventStore());
}
