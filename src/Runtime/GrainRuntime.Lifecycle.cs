using Olympics.Orleans.Runtime.Catalog;
using Olympics.Orleans.Runtime.Telemetry;

namespace Olympics.Orleans.Runtime;

// Activation and deactivation. Both run under the activation's turn, so they never overlap a call.
public sealed partial class GrainRuntime
{
    private Activation GetOrCreateActivation(GrainId grainId, GrainClass grainClass)
    {
        if (_directory.TryGetValue(grainId, out var activation))
        {
            return activation;
        }

        if (_stopped)
        {
            throw new InvalidOperationException($"The grain runtime is stopped; grain '{grainId}' cannot be activated.");
        }

        activation = _directory.GetOrAdd(grainId, static (id, state) => new Activation(id, state.grainClass, state.runtime), (grainClass, runtime: this));

        // StopAsync may have taken its snapshot of the directory between the check above and the insert: an
        // activation it cannot see must not start.
        if (_stopped)
        {
            Retire(activation);
            throw new InvalidOperationException($"The grain runtime is stopped; grain '{grainId}' cannot be activated.");
        }

        return activation;
    }

    private async Task ActivateAsync(Activation activation)
    {
        try
        {
            var grain = activation.Class.Create(Services);
            grain.Attach(activation);
            activation.Instance = grain;
            await grain.ActivateCoreAsync(CancellationToken.None);
            if (!activation.TryMarkActive())
            {
                // Retired while activating (the runtime stopped and gave up waiting for this turn).
                throw new InvalidOperationException($"Grain '{activation.Id}' was deactivated while it was activating.");
            }

            RuntimeTelemetry.ActivationAdded();
        }
        catch (Exception ex)
        {
            Retire(activation);
            _logger.ActivationFailed(ex, activation.Id);
            throw;
        }
    }

    private void EndTurn(Activation activation)
    {
        if (activation.DeactivationRequested && activation.IsActive && Retire(activation))
        {
            // The caller gets its result now; the turn passes to the deactivation, which releases it when done.
            // No ExecutionContext flow: the deactivation must not run inside the caller's span or request context.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(() => DeactivateUnderTurnAsync(activation, DeactivationReason.Requested));
            }

            return;
        }

        activation.LastUse = _timeProvider.GetTimestamp();
        activation.Turn.Release();
    }

    /// <summary>Marks the activation dead and removes it from the directory; false if someone already did.</summary>
    private bool Retire(Activation activation)
    {
        if (!activation.MarkDead())
        {
            return false;
        }

        _directory.TryRemove(new KeyValuePair<GrainId, Activation>(activation.Id, activation));
        return true;
    }

    /// <summary>Runs OnDeactivateAsync of a retired, active activation whose turn the caller holds, then releases the turn.</summary>
    private async Task DeactivateUnderTurnAsync(Activation activation, DeactivationReason reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.DeactivationTimeout, _timeProvider);
            await activation.Instance!.OnDeactivateAsync(reason, timeout.Token)
                .WaitAsync(_options.DeactivationTimeout, _timeProvider);
            _logger.Deactivated(activation.Id, reason.Code);
        }
        catch (Exception ex)
        {
            _logger.DeactivationFailed(ex, activation.Id, reason.Code);
        }
        finally
        {
            RuntimeTelemetry.ActivationRemoved();
            activation.Turn.Release();
        }
    }
}
