using System.Reflection;

namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>Maps grain interfaces to their single implementing class. Filled at registration, read-only once the runtime runs.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainInterface> _interfaces = [];
    private readonly Dictionary<Type, GrainClass> _classes = [];

    public bool TryGet(Type grainInterface, out GrainInterface registration) =>
        _interfaces.TryGetValue(grainInterface, out registration!);

    /// <summary>Registers the grain classes and interfaces of the assemblies, or throws a start-up error saying what is wrong.</summary>
    public void AddAssemblies(IEnumerable<Assembly> assemblies)
    {
        var types = assemblies.SelectMany(a => a.GetTypes()).ToList();
        var classes = types.Where(GrainInterfaceRules.IsGrainClass).ToList();
        var interfaces = types.Where(GrainInterfaceRules.IsGrainInterface)
            .Concat(classes.SelectMany(c => c.GetInterfaces()).Where(GrainInterfaceRules.IsGrainInterface))
            .Distinct();

        foreach (var grainInterface in interfaces)
        {
            GrainInterfaceRules.Validate(grainInterface);
            var implementations = classes.Where(grainInterface.IsAssignableFrom).ToList();
            if (implementations.Count > 1)
            {
                throw Duplicate(grainInterface, implementations[0], implementations[1]);
            }

            if (implementations.Count == 1)
            {
                Add(grainInterface, implementations[0]);
            }
        }
    }

    private void Add(Type grainInterface, Type classType)
    {
        if (_interfaces.TryGetValue(grainInterface, out var existing))
        {
            if (existing.Class.Type != classType)
            {
                throw Duplicate(grainInterface, existing.Class.Type, classType);
            }

            return;
        }

        if (!_classes.TryGetValue(classType, out var grainClass))
        {
            grainClass = new GrainClass(classType);
            _classes.Add(classType, grainClass);
        }

        _interfaces.Add(grainInterface, new GrainInterface(grainInterface, grainClass));
    }

    private static InvalidOperationException Duplicate(Type grainInterface, Type first, Type second) => new(
        $"Grain interface {grainInterface.FullName} is implemented by both {first.FullName} and {second.FullName}; "
        + "each grain interface needs exactly one grain class.");
}
