using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Runtime.Catalog;
using Olympics.Orleans.Runtime.Placement;

namespace Olympics.Orleans.Runtime.Hosting;

/// <summary>Registers the grain runtime and grain classes with dependency injection.</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// Adds the grain runtime as <see cref="GrainRuntime"/>, <see cref="IGrainFactory"/> and hosted service, with local
    /// placement, no remote transport and <see cref="TimeProvider.System"/> unless others are registered.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GrainRuntimeOptions>()
            .Validate(o => o.CallTimeout > TimeSpan.Zero, "GrainRuntimeOptions.CallTimeout must be positive.")
            .Validate(o => o.CollectionInterval > TimeSpan.Zero, "GrainRuntimeOptions.CollectionInterval must be positive.")
            .Validate(o => o.MaxConflictRetries >= 0, "GrainRuntimeOptions.MaxConflictRetries must not be negative.");
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainPlacement, LocalPlacement>();
        services.TryAddSingleton<IRemoteGrainInvoker, NoRemoteGrainInvoker>();
        var registry = Registry(services);
        services.TryAddSingleton(sp => new GrainRuntime(
            sp,
            registry,
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value,
            sp.GetRequiredService<IGrainPlacement>(),
            sp.GetRequiredService<IRemoteGrainInvoker>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GrainRuntime>>()));
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GrainRuntime>(sp => sp.GetRequiredService<GrainRuntime>()));
        return services;
    }

    /// <summary>
    /// Registers every grain class in <paramref name="assemblies"/> under the grain interfaces it implements, and the
    /// event types (<see cref="EventNameAttribute"/>) with the <see cref="EventSerializer"/> singleton.
    /// </summary>
    /// <exception cref="InvalidOperationException">A grain interface has two grain classes or a method not returning Task/Task&lt;T&gt;.</exception>
    public static IServiceCollection AddGrains(this IServiceCollection services, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assemblies);
        if (assemblies.Length == 0)
        {
            throw new ArgumentException("Pass at least one assembly with grain classes.", nameof(assemblies));
        }

        Registry(services).AddAssemblies(assemblies);
        EventSerializerRegistration.AddAssemblies(services, assemblies);
        return services;
    }

    private static GrainTypeRegistry Registry(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (!descriptor.IsKeyedService && descriptor.ImplementationInstance is GrainTypeRegistry existing)
            {
                return existing;
            }
        }

        var registry = new GrainTypeRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
