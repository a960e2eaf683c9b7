using System.Diagnostics;
using System.Diagnostics.Metrics;
using Olympics.Orleans.Runtime.Catalog;

namespace Olympics.Orleans.Runtime.Telemetry;

/// <summary>
/// The runtime's spans and metrics. Hosts subscribe with <see cref="ActivitySourceName"/> and <see cref="MeterName"/>;
/// when nobody listens the per-call cost is a couple of flag checks.
/// </summary>
public static class RuntimeTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/> that emits one span per grain call, named Interface/Method.</summary>
    public const string ActivitySourceName = "Olympics.Orleans.Runtime";

    /// <summary>Name of the <see cref="System.Diagnostics.Metrics.Meter"/> with the runtime's instruments.</summary>
    public const string MeterName = "Olympics.Orleans.Runtime";

    /// <summary>Counter of grain calls, tagged grain.type, method and outcome (ok, error, timeout).</summary>
    public const string CallsMetric = "olympics.grain.calls";

    /// <summary>Histogram of grain call durations in milliseconds.</summary>
    public const string CallDurationMetric = "olympics.grain.call.duration";

    /// <summary>Observable up-down counter of live activations.</summary>
    public const string ActivationsMetric = "olympics.grain.activations";

    /// <summary>Counter of event-sourced command retries caused by version conflicts, tagged grain.type.</summary>
    public const string ConflictsMetric = "olympics.grain.conflicts";

    internal const string Ok = "ok";
    internal const string Error = "error";
    internal const string Timeout = "timeout";

    private static readonly ActivitySource _source = new(ActivitySourceName);
    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _calls = _meter.CreateCounter<long>(CallsMetric, "{call}", "Grain calls.");
    private static readonly Histogram<double> _duration = _meter.CreateHistogram<double>(CallDurationMetric, "ms", "Grain call duration.");
    private static readonly Counter<long> _conflicts = _meter.CreateCounter<long>(ConflictsMetric, "{retry}", "Command retries after version conflicts.");
    private static long _activations;

    static RuntimeTelemetry() =>
        _meter.CreateObservableUpDownCounter(ActivationsMetric, () => Volatile.Read(ref _activations), "{activation}", "Live grain activations.");

    /// <summary>A timestamp to measure a call from, or 0 when nobody records durations (saves the clock read).</summary>
    internal static long CallStarted() => _duration.Enabled ? Stopwatch.GetTimestamp() : 0;

    internal static Activity? StartCall(GrainMethod method, GrainId grainId)
    {
        var activity = _source.StartActivity(method.SpanName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("grain.type", grainId.Type);
            activity.SetTag("grain.key", grainId.Key);
        }

        return activity;
    }

    internal static void CallEnded(GrainMethod method, string outcome, long startTimestamp)
    {
        if (_calls.Enabled)
        {
            _calls.Add(1, new TagList { { "grain.type", method.Interface.FullName }, { "method", method.Name }, { "outcome", outcome } });
        }

        if (startTimestamp != 0 && _duration.Enabled)
        {
            _duration.Record(
                Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds,
                new TagList { { "grain.type", method.Interface.FullName }, { "method", method.Name }, { "outcome", outcome } });
        }
    }

    internal static void Failed(Activity? activity, Exception exception) =>
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);

    internal static void ActivationAdded() => Interlocked.Increment(ref _activations);

    internal static void ActivationRemoved() => Interlocked.Decrement(ref _activations);

    internal static void ConflictRetried(string grainType)
    {
        if (_conflicts.Enabled)
        {
            _conflicts.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));
        }
    }
}
