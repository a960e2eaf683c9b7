using System.Reflection;

namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>What makes a type a grain interface or grain class, and what a grain interface may contain.</summary>
internal static class GrainInterfaceRules
{
    public static bool IsGrainInterface(Type type) =>
        type.IsInterface
        && !type.IsGenericTypeDefinition
        && type != typeof(IGrainWithStringKey)
        && type != typeof(IGrainWithGuidKey)
        && (typeof(IGrainWithStringKey).IsAssignableFrom(type) || typeof(IGrainWithGuidKey).IsAssignableFrom(type));

    public static bool IsGrainClass(Type type) =>
        type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition && typeof(Grain).IsAssignableFrom(type);

    /// <summary>The instance methods of the interface and of the interfaces it extends (what a proxy must handle).</summary>
    public static IEnumerable<MethodInfo> MethodsOf(Type grainInterface) =>
        grainInterface.GetInterfaces().Append(grainInterface)
            .SelectMany(i => i.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance));

    /// <summary>Throws naming every method that is not a Task-returning, non-generic method without by-ref parameters.</summary>
    public static void Validate(Type grainInterface)
    {
        var problems = MethodsOf(grainInterface).Select(Problem).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Grain interface {grainInterface.FullName} is invalid: {string.Join("; ", problems)}.");
        }
    }

    private static string? Problem(MethodInfo method)
    {
        var name = $"{method.DeclaringType?.Name}.{method.Name}";
        var returns = method.ReturnType;
        if (returns != typeof(Task) && !(returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>)))
        {
            return $"{name} returns {returns.Name}, but grain methods must return Task or Task<T>";
        }

        if (method.IsGenericMethodDefinition)
        {
            return $"{name} is generic, which grain methods cannot be";
        }

        return method.GetParameters().Any(p => p.ParameterType.IsByRef)
            ? $"{name} has a ref/out/in parameter, which grain methods cannot have"
            : null;
    }
}
