using System.Reflection;

namespace Olympics.Orleans.Runtime.Catalog;

/// <summary>A grain method whose call completes with a <typeparamref name="T"/>; plain Task methods use <see cref="object"/>.</summary>
internal abstract class GrainMethod<T>(GrainInterface owner, MethodInfo interfaceMethod, MethodInfo implementation)
    : GrainMethod(owner, interfaceMethod, implementation)
{
    public sealed override object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] arguments) =>
        runtime.InvokeAsync(grainId, this, arguments);

    /// <summary>Calls the implementation on an activated grain (under its turn).</summary>
    public abstract Task<T> Call(Grain grain, object?[] arguments);
}

/// <summary>A method returning <see cref="Task{TResult}"/>.</summary>
internal sealed class ResultGrainMethod<T>(GrainInterface owner, MethodInfo interfaceMethod, MethodInfo implementation)
    : GrainMethod<T>(owner, interfaceMethod, implementation)
{
    public override Task<T> Call(Grain grain, object?[] arguments) =>
        (Task<T>?)InvokeImplementation(grain, arguments) ?? throw NullTask();

    private InvalidOperationException NullTask() => new($"{FullName} returned a null Task.");
}

/// <summary>A method returning a plain <see cref="Task"/>; the runtime sees it as a Task of null.</summary>
internal sealed class VoidGrainMethod(GrainInterface owner, MethodInfo interfaceMethod, MethodInfo implementation)
    : GrainMethod<object?>(owner, interfaceMethod, implementation)
{
    private static readonly Task<object?> _completed = Task.FromResult<object?>(null);

    public override Task<object?> Call(Grain grain, object?[] arguments)
    {
        var task = InvokeImplementation(grain, arguments)
            ?? throw new InvalidOperationException($"{FullName} returned a null Task.");
        return task.IsCompletedSuccessfully ? _completed : AwaitAsync(task);
    }

    private static async Task<object?> AwaitAsync(Task task)
    {
        await task;
        return null;
    }
}
