using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.GrainInterfaces;
using Olympics.Orleans.Grains.EventSourcing;
using Orleans;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Olympics.Orleans.Testing;

/// <summary>
/// One Orleans silo in the test process (Orleans' in-process test cluster, in-memory transport, no ports) hosting the
/// grains with the services a test registers. Hosted services registered by the test (read models, processes) start and
/// stop with the silo. Calls made through <see cref="Grains"/> come from inside the silo, as the silo's endpoints make them.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    private TestSilo(InProcessTestCluster cluster) => _cluster = cluster;

    /// <summary>The cluster, for tests that add, stop or kill silos.</summary>
    public InProcessTestCluster Cluster => _cluster;

    /// <summary>The first silo's services.</summary>
    public IServiceProvider Services => _cluster.Silos[0].ServiceProvider;

    /// <summary>Grain references, from inside the first silo.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>A service of the first silo.</summary>
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts <paramref name="silos"/> silos whose hosts have the event-sourced grains and <paramref name="configure"/>'s services.</summary>
    public static async Task<TestSilo> StartAsync(Action<IServiceCollection> configure, Action<ISiloBuilder>? silo = null, short silos = 1)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddEventSourcedGrains();
            configure(host.Services);
        });
        builder.ConfigureSilo((_, siloBuilder) =>
        {
            siloBuilder.Services.AddSerializer(serializer => serializer.AddContractTypes());
            siloBuilder.AddActivityPropagation();
            silo?.Invoke(siloBuilder);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddContractTypes()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new TestSilo(cluster);
    }

    /// <summary>Stops every silo (their hosted services with them) and the client.</summary>
    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
