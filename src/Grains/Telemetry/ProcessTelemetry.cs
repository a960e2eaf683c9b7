using System.Diagnostics.Metrics;

namespace Olympics.Orleans.Grains.Telemetry;

/// <summary>Metrics of the processes that follow the event log (qualification, ODF apply), on the meter <see cref="MeterName"/>.</summary>
public static class ProcessTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Olympics.Orleans.Processes";

    /// <summary>Counter of restarts of a process after a failure, tagged process (its checkpoint stream).</summary>
    public const string RetriesMetric = "olympics.processes.retries";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _retries = _meter.CreateCounter<long>(RetriesMetric, "{retry}", "Process restarts after a failure.");

    internal static void Retried(string process) => _retries.Add(1, new KeyValuePair<string, object?>("process", process));
}
