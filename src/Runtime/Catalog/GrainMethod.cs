using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>One grain interface method, resolved once: its names for errors and telemetry, and a cached invoker of the implementation.</summary>
internal abstract class GrainMethod
{
    private readonly MethodInvoker _invoker;

    protected GrainMethod(GrainInterface owner, MethodInfo interfaceMethod, MethodInfo implementation)
    {
        Interface = owner;
        InterfaceMethod = interfaceMethod;
        Name = interfaceMethod.Name;
        FullName = $"{interfaceMethod.DeclaringType!.Name}.{interfaceMethod.Name}";
        SpanName = $"{interfaceMethod.DeclaringType!.Name}/{interfaceMethod.Name}";
        _invoker = MethodInvoker.Create(implementation);
    }

    public GrainInterface Interface { get; }

    public MethodInfo InterfaceMethod { get; }

    /// <summary>The method name, the "method" tag of metrics.</summary>
    public string Name { get; }

    /// <summary>Interface.Method, as in <see cref="GrainCallTimeoutException.Method"/>.</summary>
    public string FullName { get; }

    /// <summary>Interface/Method, the name of the call's span.</summary>
    public string SpanName { get; }

    /// <summary>Routes a proxy call into the runtime and returns the Task the caller awaits.</summary>
    public abstract object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] arguments);

    /// <summary>Runs the implementation; a synchronous throw becomes a faulted task, like an async method's.</summary>
    protected Task? InvokeImplementation(Grain grain, object?[] arguments)
    {
        try
        {
            return (Task?)_invoker.Invoke(grain, arguments.AsSpan());
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
