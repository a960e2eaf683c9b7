using System.Diagnostics.Metrics;

namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>Metrics of event-sourced grains, on the meter <see cref="MeterName"/>.</summary>
public static class EventSourcingTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Olympics.Orleans.EventSourcing";

    /// <summary>Counter of commands decided again after a version conflict, tagged grain.type.</summary>
    public const string ConflictsMetric = "olympics.grain.conflicts";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _conflicts = _meter.CreateCounter<long>(ConflictsMetric, "{retry}", "Command retries after version conflicts.");

    internal static void ConflictRetried(string grainType) => _conflicts.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));
}
