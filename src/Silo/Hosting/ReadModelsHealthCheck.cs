using Microsoft.Extensions.Diagnostics.HealthChecks;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Ready only while every read model follows the store: one that cannot read it (it retries) or that stopped on an event
/// it cannot apply would answer queries and gate checks from old state.
/// </summary>
internal sealed class ReadModelsHealthCheck(IEnumerable<Projection> projections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = projections
            .Select(p => p.Fault is { } fault ? $"{p.Name} stopped at {p.Position}: {fault.Message}"
                : p.Interruption is { } error ? $"{p.Name} cannot read the store after {p.Position} (retrying): {error.Message}"
                : null)
            .OfType<string>()
            .ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Every read model follows the store.")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}
