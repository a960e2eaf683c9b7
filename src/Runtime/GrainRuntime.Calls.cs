using Olympics.Orleans.Runtime.Catalog;
using Olympics.Orleans.Runtime.Telemetry;

namespace Olympics.Orleans.Runtime;

// The call path: proxy -> InvokeAsync -> placement -> local turn or remote invoker, under the call timeout.
public sealed partial class GrainRuntime
{
    internal Task<T> InvokeAsync<T>(GrainId grainId, GrainMethod<T> method, object?[] arguments)
    {
        var started = RuntimeTelemetry.CallStarted();
        var silo = _placement.Place(grainId);
        var call = ReferenceEquals(silo, _localSilo) || silo.Equals(_localSilo)
            ? RunCallAsync(grainId, method, arguments)
            : _remote.InvokeAsync<T>(silo, grainId, method.InterfaceMethod, arguments, CancellationToken.None);

        // Fast path: the grain finished synchronously, so no timer is needed.
        if (call.IsCompleted)
        {
            RuntimeTelemetry.CallEnded(method, Outcome(call.Exception?.InnerException), started);
            return call;
        }

        return AwaitCallAsync(call, grainId, method, started);
    }

    private async Task<T> AwaitCallAsync<T>(Task<T> call, GrainId grainId, GrainMethod<T> method, long started)
    {
        try
        {
            var result = await call.WaitAsync(_options.CallTimeout, _timeProvider);
            RuntimeTelemetry.CallEnded(method, RuntimeTelemetry.Ok, started);
            return result;
        }
        catch (TimeoutException ex) when (!ReferenceEquals(ex, call.Exception?.InnerException))
        {
            // Our own timer fired; the grain may still finish, so observe its outcome to keep it from going unobserved.
            _ = call.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            RuntimeTelemetry.CallEnded(method, RuntimeTelemetry.Timeout, started);
            throw new GrainCallTimeoutException(grainId, method.FullName, _options.CallTimeout);
        }
        catch (Exception ex)
        {
            RuntimeTelemetry.CallEnded(method, Outcome(ex), started);
            throw;
        }
    }

    private static string Outcome(Exception? exception) => exception switch
    {
        null => RuntimeTelemetry.Ok,
        GrainCallTimeoutException => RuntimeTelemetry.Timeout,
        _ => RuntimeTelemetry.Error,
    };

    private async Task<T> RunCallAsync<T>(GrainId grainId, GrainMethod<T> method, object?[] arguments)
    {
        // Started inside this async method so that Activity.Current reverts for the caller when it returns.
        using var span = RuntimeTelemetry.StartCall(method, grainId);
        try
        {
            while (true)
            {
                var activation = GetOrCreateActivation(grainId, method.Interface.Class);
                if (!activation.Turn.Wait(0))
                {
                    await WaitForTurnAsync(activation, method);
                }

                if (activation.IsDead)
                {
                    // Deactivated (or failed to activate) while we queued: go to a fresh activation.
                    activation.Turn.Release();
                    continue;
                }

                try
                {
                    if (!activation.IsActive)
                    {
                        await ActivateAsync(activation);
                    }

                    return await method.Call(activation.Instance!, arguments);
                }
                finally
                {
                    EndTurn(activation);
                }
            }
        }
        catch (Exception ex)
        {
            RuntimeTelemetry.Failed(span, ex);
            throw;
        }
    }

    private async Task WaitForTurnAsync(Activation activation, GrainMethod method)
    {
        // Bounded so a call queued behind a deadlock (a call cycle) gives up instead of running long after its caller left.
        using var timeout = new CancellationTokenSource(_options.CallTimeout, _timeProvider);
        try
        {
            await activation.Turn.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new GrainCallTimeoutException(activation.Id, method.FullName, _options.CallTimeout);
        }
    }
}
