using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.Runtime.Catalog;
using Olympics.Orleans.Runtime.Placement;
using Olympics.Orleans.Runtime.Proxies;

namespace Olympics.Orleans.Runtime;

/// <summary>
/// The grain runtime of one silo: hands out grain references, activates grains on first call, runs calls one
/// at a time per activation with a timeout, and deactivates idle activations. Registered by
/// <see cref="Hosting.GrainServiceCollectionExtensions.AddGrainRuntime"/> as <see cref="IGrainFactory"/> and hosted service.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory, IHostedService
{
    private readonly ConcurrentDictionary<GrainId, Activation> _directory = new();
    private readonly GrainTypeRegistry _registry;
    private readonly GrainRuntimeOptions _options;
    private readonly IGrainPlacement _placement;
    private readonly IRemoteGrainInvoker _remote;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SiloAddress _localSilo;
    private volatile bool _stopped;

    internal GrainRuntime(
        IServiceProvider services,
        GrainTypeRegistry registry,
        GrainRuntimeOptions options,
        IGrainPlacement placement,
        IRemoteGrainInvoker remote,
        TimeProvider timeProvider,
        ILogger<GrainRuntime> logger)
    {
        Services = services;
        _registry = registry;
        _options = options;
        _placement = placement;
        _remote = remote;
        _timeProvider = timeProvider;
        _logger = logger;
        _localSilo = options.LocalSilo;
    }

    internal IServiceProvider Services { get; }

    internal GrainRuntimeOptions Options => _options;

    internal ILogger Logger => _logger;

    /// <summary>How many activations the directory holds (live or activating).</summary>
    public int ActivationCount => _directory.Count;

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(string key) where TGrainInterface : IGrainWithStringKey
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"A grain key must not be empty (grain interface {typeof(TGrainInterface).FullName}).", nameof(key));
        }

        return (TGrainInterface)CreateReference(typeof(TGrainInterface), key);
    }

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(Guid key) where TGrainInterface : IGrainWithGuidKey
    {
        if (key == Guid.Empty)
        {
            throw new ArgumentException($"A grain key must not be the empty Guid (grain interface {typeof(TGrainInterface).FullName}).", nameof(key));
        }

        return (TGrainInterface)CreateReference(typeof(TGrainInterface), key.ToString("D"));
    }

    private object CreateReference(Type grainInterface, string key)
    {
        if (!_registry.TryGet(grainInterface, out var registration))
        {
            throw new ArgumentException(
                $"{grainInterface.FullName} is not a registered grain interface: it needs a grain class in an assembly passed to AddGrains.",
                nameof(grainInterface));
        }

        return GrainProxy.Create(this, registration, new GrainId(registration.FullName, key));
    }
}
