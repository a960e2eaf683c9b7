using Olympics.Orleans.Runtime.Catalog;

namespace Olympics.Orleans.Runtime;

/// <summary>
/// Base class of grain implementations. The runtime constructs grains through dependency injection, so a grain
/// can take services in its constructor; its identity is available from <see cref="OnActivateAsync"/> on.
/// Calls to one activation run one at a time (a call keeps the turn across its awaits).
/// </summary>
public abstract class Grain
{
    private Activation? _activation;

    /// <summary>This grain's identity.</summary>
    public GrainId GrainId => Activation.Id;

    /// <summary>Hands out references to other grains (and to this one).</summary>
    public IGrainFactory GrainFactory => Activation.Runtime;

    /// <summary>The services of the runtime's container.</summary>
    protected IServiceProvider ServiceProvider => Activation.Runtime.Services;

    internal Activation Activation => _activation
        ?? throw new InvalidOperationException("The grain has no identity yet: it is only available from OnActivateAsync on.");

    /// <summary>The key of a grain with a string key.</summary>
    public string GetPrimaryKeyString() => GrainId.Key;

    /// <summary>The key of a grain with a <see cref="Guid"/> key.</summary>
    /// <exception cref="InvalidOperationException">The grain's key is not a Guid.</exception>
    public Guid GetPrimaryKey() => Guid.TryParseExact(GrainId.Key, "D", out var key)
        ? key
        : throw new InvalidOperationException($"Grain '{GrainId}' does not have a Guid key.");

    /// <summary>Runs under the turn before the first call is delivered. If it throws, the call fails and the activation is discarded.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs under the turn when the activation is collected, asked to go, or the runtime stops; bounded by a timeout.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation as soon as the current call completes; the next call gets a fresh one.</summary>
    protected void DeactivateOnIdle() => Activation.DeactivationRequested = true;

    internal void Attach(Activation activation) => _activation = activation;

    // Lets framework base classes (event sourcing) load state before user code runs, whether or not the
    // subclass remembers to call base.OnActivateAsync.
    internal virtual Task ActivateCoreAsync(CancellationToken cancellationToken) => OnActivateAsync(cancellationToken);
}
