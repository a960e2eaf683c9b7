using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Olympics.Orleans.Runtime.Telemetry;
using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Every_grain_call_gets_a_span_named_interface_and_method_with_grain_tags()
    {
        using var recorder = new SpanRecorder(RuntimeTelemetry.ActivitySourceName);
        var spans = recorder.Stopped;
        await using var host = TestRuntime.Create();

        var key = Guid.NewGuid().ToString("N");
        await host.Grain<ICounterGrain>(key).Increment();

        // Keys are unique per test: the listener sees every runtime in the process, other tests' included.
        var span = spans.Single(s => (string?)s.GetTagItem("grain.key") == key);
        span.DisplayName.ShouldBe("ICounterGrain/Increment");
        span.Kind.ShouldBe(ActivityKind.Internal);
        span.GetTagItem("grain.type").ShouldBe(typeof(ICounterGrain).FullName);
    }

    [Fact]
    public async Task The_calls_counter_counts_calls_with_type_method_and_outcome()
    {
        var measured = new ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RuntimeTelemetry.MeterName && instrument.Name == RuntimeTelemetry.CallsMetric)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            measured.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
        await using var host = TestRuntime.Create();
        var grain = host.Grain<ITelemetryGrain>("counted");

        await grain.Ping();
        await grain.Ping();
        await grain.Ping();

        var ours = measured.Where(m => (string?)m.Tags["grain.type"] == typeof(ITelemetryGrain).FullName).ToList();
        ours.Sum(m => m.Value).ShouldBe(3);
        ours.ShouldAllBe(m => (string?)m.Tags["method"] == "Ping" && (string?)m.Tags["outcome"] == "ok");
    }
}
