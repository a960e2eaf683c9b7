using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Grains.Venues;
using Olympics.Orleans.ReadModels.Projections;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.Rebuild;

/// <summary>
/// The read models a rebuild can make: every <see cref="IPersistentProjection"/> in the grains' assembly, so a new
/// persistent projection is rebuildable without touching the tool. Instances are built by dependency injection, as
/// the silo builds its singletons, and are new: nothing is shared with a running silo.
/// </summary>
internal static class ReadModelCatalog
{
    private static readonly Type[] _types = [.. typeof(VenueGrain).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(Projection)) && typeof(IPersistentProjection).IsAssignableFrom(t))];

    /// <summary>The names of every rebuildable read model, in the order "all" rebuilds them (by name).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. _types.Select(t => Create(t).Name).Order(StringComparer.Ordinal)];

    /// <summary>A new, empty instance of each read model <paramref name="name"/> designates ("all" for every one).</summary>
    /// <exception cref="ReplayNotFoundException">No read model has this name; the message suggests close ones.</exception>
    public static IReadOnlyList<Projection> Resolve(string name)
    {
        var all = _types.Select(Create).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (name == "all")
        {
            return all;
        }

        return all.Where(p => p.Name == name).ToList() is [_] one
            ? one
            : throw new ReplayNotFoundException(Suggest(name));
    }

    private static string Suggest(string name)
    {
        var close = Names.Select(n => (Name: n, Distance: StreamSuggestions.Distance(name, n, Math.Max(3, name.Length / 2))))
            .Where(x => x.Distance <= Math.Max(3, name.Length / 2) || x.Name.Contains(name, StringComparison.Ordinal))
            .OrderBy(x => x.Distance).Select(x => x.Name).ToList();
        var known = $"Read models: {string.Join(", ", Names)}, or all.";
        return close.Count > 0
            ? $"No read model '{name}'. Did you mean: {string.Join(", ", close)}? {known}"
            : $"No read model '{name}'. {known}";
    }

    private static Projection Create(Type type)
    {
        using var services = new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider();
        return (Projection)ActivatorUtilities.CreateInstance(services, type);
    }
}
