using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Scenarios;

public sealed class TwoRuntimesOneInMemoryStoreTests : TwoRuntimesOneStoreScenario
{
    // The in-memory store completes synchronously, which leaves the runtimes almost no room to interleave;
    // a short pause before each append stands in for a database round trip and makes conflicts routine.
    protected override Task<IEventStore> CreateStoreAsync() => Task.FromResult<IEventStore>(
        new RecordingEventStore(new InMemoryEventStore()) { BeforeAppend = _ => Task.Delay(1) });
}
