using Microsoft.Extensions.Diagnostics.HealthChecks;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Ready only once every read model has caught up with the history stored before the silo started, and only while each
/// follows the store: one still loading (a gate over 600,000 accreditations takes seconds), one that cannot read the
/// store (it retries) or one that stopped on an event it cannot apply would answer queries and gate checks from old state.
/// </summary>
internal sealed class ReadModelsHealthCheck(IEnumerable<Projection> projections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = projections
            .Select(p => p.Fault is { } fault ? $"{p.Name} stopped at {p.Position}: {fault.Message}"
                : p.Interruption is { } error ? $"{p.Name} cannot read the store after {p.Position} (retrying): {error.Message}"
                : !p.CaughtUp ? $"{p.Name} is loading the history: at {p.Position}, ready at {p.StartedBehind?.ToString() ?? "the end it has not read yet"}"
                : null)
            .OfType<string>()
            .ToList();
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Every read model follows the store.")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems)));
    }
}
