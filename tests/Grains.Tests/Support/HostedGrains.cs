using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Grains.Tests.Support;

/// <summary>What the in-process harnesses share: waiting for the read models, stopping the hosted services.</summary>
internal static class HostedGrains
{
    /// <summary>Waits until every read model has applied the last event of its category.</summary>
    public static async Task CaughtUpAsync(IServiceProvider services, IEventStore store)
    {
        foreach (var projection in services.GetServices<Projection>())
        {
            var last = await store.ReadAllAsync(new ReadAllOptions(Category: projection.Category, MaxCount: int.MaxValue)).LastOrDefaultAsync();
            if (last is not null)
            {
                await projection.WaitForAsync(last.Position).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            }
        }
    }

    /// <summary>Stops the hosted services in reverse order of start, then disposes the container.</summary>
    public static async ValueTask StopAsync(IReadOnlyList<IHostedService> hosted, ServiceProvider services)
    {
        foreach (var service in hosted.Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
    }
}
