using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.EventSourcing;
using Olympics.Orleans.Grains.Tests.Support;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

/// <summary>A test silo whose event-sourced grains write to an in-memory store wrapped in a <see cref="RecordingEventStore"/>.</summary>
internal static class LedgerSilo
{
    public static async Task<(TestSilo Silo, RecordingEventStore Store)> StartAsync(Action<EventSourcingOptions>? configure = null)
    {
        var store = new RecordingEventStore(new InMemoryEventStore());
        var silo = await TestSilo.StartAsync(services => services.AddTestEventSourcing(store, configure));
        return (silo, store);
    }

    /// <summary>The store, the test grains' event types and the options, in one silo host.</summary>
    public static IServiceCollection AddTestEventSourcing(this IServiceCollection services, IEventStore store, Action<EventSourcingOptions>? configure = null)
    {
        services.AddSingleton(store);
        services.AddEventSourcedGrains(typeof(LedgerSilo).Assembly);
        services.Configure<EventSourcingOptions>(o => configure?.Invoke(o));
        return services;
    }

    public static EventSerializer Serializer(this TestSilo silo) => silo.Get<EventSerializer>();

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

    /// <summary>Deactivates the grain's activation wherever it is and waits until it is gone.</summary>
    public static Task DeactivateAsync(this TestSilo silo, IAddressable grain) => silo.Cluster.DeactivateAsync(grain);

    /// <summary>Whether any silo holds an activation of the grain.</summary>
    public static bool IsActive(this TestSilo silo, IAddressable grain) => silo.Cluster.TryGetGrainContext(grain.GetGrainId(), out _);
}
