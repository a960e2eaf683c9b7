using System.Collections.Concurrent;
using System.Diagnostics;
using Olympics.Orleans.Runtime.EventSourcing;
using Olympics.Orleans.Runtime.Telemetry;
using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class EventMetadataTests
{
    [Fact]
    public async Task Events_carry_the_trace_id_the_grain_call_span_and_the_request_actor()
    {
        using var recorder = new SpanRecorder(RuntimeTelemetry.ActivitySourceName);
        var spans = recorder.Stopped;
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        using var request = new Activity("test-request").SetIdFormat(ActivityIdFormat.W3C).Start();
        RequestContext.Actor = "judge-7";

        await host.Grain<ILedgerGrain>("traced").Credit();

        var metadata = (await store.ReadAsync("ledger-traced")).Single().Metadata;
        var grainSpan = spans.Single(s => s.TraceId == request.TraceId && s.DisplayName == "ILedgerGrain/Credit");
        metadata.TraceId.ShouldBe(request.TraceId.ToHexString());
        metadata.CorrelationId.ShouldBe(request.TraceId.ToHexString());
        metadata.CausationId.ShouldBe(grainSpan.SpanId.ToHexString());
        metadata.Actor.ShouldBe("judge-7");
    }

    [Fact]
    public void Without_an_activity_metadata_still_gets_a_correlation_id_and_the_default_actor()
    {
        Activity.Current = null;

        var metadata = EventMetadataFactory.FromCurrentContext();

        metadata.CorrelationId.ShouldNotBeNull().Length.ShouldBe(32);
        metadata.CausationId.ShouldBeNull();
        metadata.TraceId.ShouldBeNull();
        metadata.Actor.ShouldBe("system");
    }
}
