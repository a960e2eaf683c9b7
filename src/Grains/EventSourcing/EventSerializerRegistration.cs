using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Import;

namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>Makes sure one <see cref="EventSerializer"/> singleton knows the event types of every grain assembly.</summary>
internal static class EventSerializerRegistration
{
    public static void AddAssemblies(IServiceCollection services, Assembly[] assemblies)
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(EventSerializer) && !d.IsKeyedService);
        if (existing is null)
        {
            services.AddSingleton(Readers(new EventSerializer().RegisterAssemblies(assemblies)));
            return;
        }

        if (existing.ImplementationInstance is EventSerializer instance)
        {
            Readers(instance.RegisterAssemblies(assemblies));
            return;
        }

        // Registered by type or factory by the host: wrap it so the instance it builds learns our assemblies too.
        services.Remove(existing);
        services.AddSingleton(sp => Readers(Build(existing, sp).RegisterAssemblies(assemblies)));
    }

    // The grains' own faster readers (their assembly is always among those registered).
    private static EventSerializer Readers(EventSerializer serializer) =>
        serializer.RegisterReader(serializer.NameOf(typeof(AccreditationImported)), ImportedJson.TryRead);

    private static EventSerializer Build(ServiceDescriptor descriptor, IServiceProvider services) =>
        (EventSerializer)(descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType ?? typeof(EventSerializer)));
}
