using System.Collections.Concurrent;

namespace Olympics.Orleans.Grains.Tests.OrleansBehaviour;

/// <summary>A singleton the test grains report to (and take orders from), injected through their constructors.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentDictionary<string, int> _activations = new();
    private int _failuresToInject;

    public ConcurrentQueue<(string Key, DeactivationReasonCode Reason)> Deactivations { get; } = new();

    /// <summary>Completed by the test to let grains waiting at the gate continue.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed by a grain when a call has reached the gate and holds the grain's turn.</summary>
    public TaskCompletionSource AtGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until a call holds the gate: Orleans does not promise to run two calls in the order they were sent.</summary>
    public Task ReachedGateAsync() => AtGate.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

    public int ActivationsOf(string key) => _activations.GetValueOrDefault(key);

    public void Activated(string key) => _activations.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void Deactivated(string key, DeactivationReason reason) => Deactivations.Enqueue((key, reason.ReasonCode));

    public bool WasDeactivated(string key) => Deactivations.Any(d => d.Key == key);

    public void FailNextActivations(int count) => Volatile.Write(ref _failuresToInject, count);

    public bool ShouldFailActivation() => Interlocked.Decrement(ref _failuresToInject) >= 0;
}
