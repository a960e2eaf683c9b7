using System.Diagnostics.Metrics;

namespace Olympics.Orleans.Grains.Telemetry;

/// <summary>Metrics of the processes that follow the event log (qualification, ODF apply), on the meter <see cref="MeterName"/>.</summary>
public static class ProcessTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Olympics.Orleans.Processes";

    /// <summary>Counter of restarts of a process after a failure, tagged process (its checkpoint stream).</summary>
    public const string RetriesMetric = "olympics.processes.retries";

    /// <summary>Counter of stored ODF documents the grains refused (each refusal, every time), tagged odf.document_type.</summary>
    public const string OdfRefusalsMetric = "olympics.processes.odf_apply.refusals";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _retries = _meter.CreateCounter<long>(RetriesMetric, "{retry}", "Process restarts after a failure.");
    private static readonly Counter<long> _odfRefusals = _meter.CreateCounter<long>(
        OdfRefusalsMetric, "{refusal}", "Stored ODF documents whose application to the grains was refused.");

    internal static void Retried(string process) => _retries.Add(1, new KeyValuePair<string, object?>("process", process));

    internal static void OdfRefused(string documentType) => _odfRefusals.Add(1, new KeyValuePair<string, object?>("odf.document_type", documentType));
}
