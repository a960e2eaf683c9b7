using Microsoft.Extensions.Diagnostics.HealthChecks;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>Ready only while the event store answers: a silo that cannot store events must not take traffic.</summary>
internal sealed class EventStoreHealthCheck(IEventStore store, StoreSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await store.CheckHealthAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{settings.Describe()} answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || timeout.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{settings.Describe()} does not answer: {e.Message}");
        }
    }
}
