using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>A grain implementation class: how to construct it and how long it may stay idle.</summary>
internal sealed class GrainClass(Type type)
{
    public Type Type { get; } = type;

    /// <summary>Compiled once so activations do not pay for constructor discovery.</summary>
    public ObjectFactory Factory { get; } = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);

    /// <summary>The per-class idle limit from <see cref="CollectionAgeLimitAttribute"/>; null means the runtime default.</summary>
    public TimeSpan? IdleTimeout { get; } = type.GetCustomAttribute<CollectionAgeLimitAttribute>()?.AgeLimit;

    public Grain Create(IServiceProvider services) => (Grain)Factory(services, null);
}
