using System.Collections.Frozen;
using System.Reflection;

namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>A registered grain interface: its implementing class and the resolved methods, keyed by the interface's MethodInfo.</summary>
internal sealed class GrainInterface
{
    private readonly FrozenDictionary<MethodInfo, GrainMethod> _methods;

    public GrainInterface(Type type, GrainClass grainClass)
    {
        Type = type;
        FullName = type.FullName ?? type.Name;
        Class = grainClass;
        _methods = GrainInterfaceRules.MethodsOf(type).ToFrozenDictionary(m => m, m => CreateMethod(m, grainClass.Type));
    }

    public Type Type { get; }

    /// <summary>The interface's full name: the type part of <see cref="GrainId"/>.</summary>
    public string FullName { get; }

    public GrainClass Class { get; }

    public GrainMethod GetMethod(MethodInfo method) => _methods.TryGetValue(method, out var grainMethod)
        ? grainMethod
        : throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} is not a method of grain interface {FullName}.");

    private GrainMethod CreateMethod(MethodInfo method, Type classType)
    {
        var map = classType.GetInterfaceMap(method.DeclaringType!);
        var implementation = map.TargetMethods[Array.IndexOf(map.InterfaceMethods, method)];
        if (method.ReturnType == typeof(Task))
        {
            return new VoidGrainMethod(this, method, implementation);
        }

        var resultType = method.ReturnType.GetGenericArguments()[0];
        var methodType = typeof(ResultGrainMethod<>).MakeGenericType(resultType);
        return (GrainMethod)Activator.CreateInstance(methodType, this, method, implementation)!;
    }
}
