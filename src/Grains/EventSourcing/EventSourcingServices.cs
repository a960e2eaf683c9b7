using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>Registers what event-sourced grains need besides Orleans and an <see cref="EventStore.IEventStore"/>.</summary>
public static class EventSourcingServices
{
    /// <summary>
    /// Makes the <see cref="EventSerializer"/> singleton know every event type (<see cref="EventNameAttribute"/>) of the
    /// grains' assembly and of <paramref name="moreAssemblies"/>, adds <see cref="EventSourcingOptions"/> and the filter that
    /// carries the caller's trace into grain calls (register it before Orleans' activity propagation).
    /// </summary>
    public static IServiceCollection AddEventSourcedGrains(this IServiceCollection services, params System.Reflection.Assembly[] moreAssemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(moreAssemblies);
        services.AddOptions<EventSourcingOptions>()
            .Validate(o => o.MaxConflictRetries >= 0, "EventSourcing:MaxConflictRetries must not be negative.");
        EventSerializerRegistration.AddAssemblies(services, [typeof(EventSourcingServices).Assembly, .. moreAssemblies]);
        if (!services.Any(d => d.ImplementationType == typeof(TraceContextFilter)))
        {
            services.AddSingleton<IOutgoingGrainCallFilter, TraceContextFilter>();
        }

        return services;
    }
}
