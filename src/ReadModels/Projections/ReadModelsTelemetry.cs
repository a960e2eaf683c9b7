using System.Diagnostics.Metrics;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>Metrics of the read models, on the meter <see cref="MeterName"/>.</summary>
public static class ReadModelsTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Olympics.Orleans.ReadModels";

    /// <summary>Counter of failed reads of the store that a read model retried, tagged projection.</summary>
    public const string RetriesMetric = "olympics.readmodels.retries";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _retries = _meter.CreateCounter<long>(RetriesMetric, "{retry}", "Store reads a read model retried after a failure.");

    internal static void Retried(string projection) => _retries.Add(1, new KeyValuePair<string, object?>("projection", projection));
}
