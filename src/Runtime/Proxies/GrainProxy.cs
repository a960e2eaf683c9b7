using System.Reflection;
using Olympics.Orleans.Runtime.Catalog;

namespace Olympics.Orleans.Runtime.Proxies;

/// <summary>
/// A grain reference: implements the grain interface at run time and turns every call into a runtime call.
/// Holds only the identity, so references are cheap to create and safe to share.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy derives a class from this one at run time, so it cannot be sealed.
internal class GrainProxy : DispatchProxy
#pragma warning restore CA1852
{
    private GrainRuntime _runtime = null!;
    private GrainInterface _interface = null!;
    private GrainId _grainId;

    public static object Create(GrainRuntime runtime, GrainInterface grainInterface, GrainId grainId)
    {
        // DispatchProxy caches the generated type per interface, so this is one allocation per reference.
        var proxy = (GrainProxy)Create(grainInterface.Type, typeof(GrainProxy));
        proxy._runtime = runtime;
        proxy._interface = grainInterface;
        proxy._grainId = grainId;
        return proxy;
    }

    /// <inheritdoc />
    public override string ToString() => $"GrainReference({_grainId})";

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return _interface.GetMethod(targetMethod).Dispatch(_runtime, _grainId, args ?? []);
    }
}
