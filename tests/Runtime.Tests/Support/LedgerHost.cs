using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Runtime.Tests.Support;

/// <summary>A test runtime over an in-memory store wrapped in a <see cref="RecordingEventStore"/>.</summary>
public static class LedgerHost
{
    public static (TestRuntime Host, RecordingEventStore Store) Create(Action<GrainRuntimeOptions>? configure = null)
    {
        var store = new RecordingEventStore(new InMemoryEventStore());
        return (TestRuntime.Create(configure, s => s.AddSingleton<IEventStore>(store)), store);
    }

    public static EventSerializer Serializer(this TestRuntime host) => host.Services.GetRequiredService<EventSerializer>();

    public static async Task<List<StoredEvent>> ReadAsync(this IEventStore store, string streamId)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadStreamAsync(streamId, ct: TestContext.Current.CancellationToken))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>Appends an event as another writer would, behind the grain's back.</summary>
    public static Task AppendAsync(this IEventStore store, EventSerializer serializer, string streamId, object @event)
    {
        var (type, data) = serializer.Serialize(@event);
        return store.AppendAsync(streamId, ExpectedVersion.Any, [EventData.Create(type, data)]);
    }
}
