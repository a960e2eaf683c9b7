using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Runtime.Hosting;

namespace Olympics.Orleans.Runtime.Tests.Support;

/// <summary>A grain runtime with its own container, registering the test assembly's grains and a <see cref="GrainProbe"/>.</summary>
public sealed class TestRuntime : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestRuntime(ServiceProvider provider)
    {
        _provider = provider;
        Runtime = provider.GetRequiredService<GrainRuntime>();
        Probe = provider.GetRequiredService<GrainProbe>();
    }

    public GrainRuntime Runtime { get; }

    public GrainProbe Probe { get; }

    public IServiceProvider Services => _provider;

    public static TestRuntime Create(Action<GrainRuntimeOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<GrainProbe>();
        services?.Invoke(collection);
        collection.AddGrainRuntime(configure).AddGrains(typeof(TestRuntime).Assembly);
        return new TestRuntime(collection.BuildServiceProvider());
    }

    public T Grain<T>(string key) where T : IGrainWithStringKey => Runtime.GetGrain<T>(key);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
