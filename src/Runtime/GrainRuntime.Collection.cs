namespace Olympics.Orleans.Runtime;

// Hosted-service life cycle: the idle collection loop while running, and deactivating everything on stop.
public sealed partial class GrainRuntime : IDisposable
{
    private PeriodicTimer? _collectionTimer;
    private Task _collection = Task.CompletedTask;

    /// <summary>Starts the idle-activation collection loop.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _collectionTimer = new PeriodicTimer(_options.CollectionInterval, _timeProvider);
        _collection = CollectLoopAsync(_collectionTimer);
        return Task.CompletedTask;
    }

    /// <summary>Stops collection, refuses new activations and deactivates every activation, within <see cref="GrainRuntimeOptions.DeactivationTimeout"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        _collectionTimer?.Dispose();
        await _collection;

        var deactivations = _directory.Values.Select(DeactivateOnStopAsync).ToList();
        try
        {
            // Each deactivation waits at most one bound for the turn and one for OnDeactivateAsync.
            await Task.WhenAll(deactivations).WaitAsync(_options.DeactivationTimeout * 2, _timeProvider, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            _logger.StopIncomplete(deactivations.Count(d => !d.IsCompleted), _options.DeactivationTimeout);
        }
    }

    /// <summary>Stops the collection loop if <see cref="StopAsync"/> was never called.</summary>
    public void Dispose() => _collectionTimer?.Dispose();

    private async Task CollectLoopAsync(PeriodicTimer timer)
    {
        // Disposing the timer (StopAsync) ends the loop: WaitForNextTickAsync then returns false.
        while (await timer.WaitForNextTickAsync())
        {
            try
            {
                await CollectIdleActivationsAsync();
            }
            catch (Exception ex)
            {
                _logger.CollectionFailed(ex);
            }
        }
    }

    /// <summary>Deactivates every activation idle past its age limit; busy ones are skipped until the next round.</summary>
    internal async Task CollectIdleActivationsAsync()
    {
        var now = _timeProvider.GetTimestamp();
        foreach (var (_, activation) in _directory)
        {
            if (!activation.IsActive || !IsIdle(activation, now) || !activation.Turn.Wait(0))
            {
                continue;
            }

            // Re-checked under the turn: a call may have finished between the first look and taking the turn.
            if (activation.IsActive && IsIdle(activation, now) && Retire(activation))
            {
                await DeactivateUnderTurnAsync(activation, DeactivationReason.Idle);
            }
            else
            {
                activation.Turn.Release();
            }
        }
    }

    private bool IsIdle(Catalog.Activation activation, long now) =>
        _timeProvider.GetElapsedTime(activation.LastUse, now) >= (activation.Class.IdleTimeout ?? _options.IdleTimeout);

    private async Task DeactivateOnStopAsync(Catalog.Activation activation)
    {
        using var timeout = new CancellationTokenSource(_options.DeactivationTimeout, _timeProvider);
        try
        {
            await activation.Turn.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Still busy (or still activating) at the bound: drop it from the directory without running
            // OnDeactivateAsync. One still activating will refuse to become active.
            var busyButActive = activation.IsActive;
            if (Retire(activation) && busyButActive)
            {
                Telemetry.RuntimeTelemetry.ActivationRemoved();
            }

            return;
        }

        var wasActive = activation.IsActive;
        if (Retire(activation) && wasActive)
        {
            await DeactivateUnderTurnAsync(activation, DeactivationReason.Shutdown);
            return;
        }

        activation.Turn.Release();
    }
}
