using System.Diagnostics;
using Olympics.Orleans.Grains.EventSourcing;
using Olympics.Orleans.Grains.Tests.Support;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

// Activity listeners are process-wide: run alone, so that no other test's listener makes Orleans start spans here.
[CollectionDefinition(DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(typeof(RunsAlone))]
public sealed class EventMetadataTests
{
    private const string OrleansApplicationSource = "Microsoft.Orleans.Application";

    [Fact]
    public async Task Events_carry_the_trace_id_the_grain_call_span_and_the_request_actor()
    {
        using var recorder = new SpanRecorder(OrleansApplicationSource);
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        using var request = new Activity("test-request").SetIdFormat(ActivityIdFormat.W3C).Start();
        ActorContext.Current = "judge-7";

        await silo.Grains.GetGrain<ILedgerGrain>("traced").CreditAsync();

        var metadata = (await store.ReadAsync("ledger-traced")).Single().Metadata;
        await Eventually.True(() => recorder.Stopped.Any(s => s.TraceId == request.TraceId && s.Kind == ActivityKind.Server), "the grain's span stopped");
        var grainSpan = recorder.Stopped.Single(s => s.TraceId == request.TraceId && s.Kind == ActivityKind.Server);
        metadata.TraceId.ShouldBe(request.TraceId.ToHexString());
        metadata.CorrelationId.ShouldBe(request.TraceId.ToHexString());
        metadata.CausationId.ShouldBe(grainSpan.SpanId.ToHexString());
        metadata.Actor.ShouldBe("judge-7");
    }

    [Fact]
    public async Task Without_anyone_listening_to_Orleans_spans_events_still_carry_the_callers_trace()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        using var request = new Activity("test-request").SetIdFormat(ActivityIdFormat.W3C).Start();

        await silo.Grains.GetGrain<ILedgerGrain>("unexported").CreditAsync();

        var metadata = (await store.ReadAsync("ledger-unexported")).Single().Metadata;
        metadata.TraceId.ShouldBe(request.TraceId.ToHexString());
        metadata.CorrelationId.ShouldBe(request.TraceId.ToHexString());
        metadata.CausationId.ShouldBe(request.SpanId.ToHexString());
        metadata.Actor.ShouldBe("system");
    }

    [Fact]
    public async Task An_untraced_call_still_gives_its_events_a_correlation_id()
    {
        Activity.Current = null;
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;

        await silo.Grains.GetGrain<ILedgerGrain>("untraced").CreditAsync();

        var metadata = (await store.ReadAsync("ledger-untraced")).Single().Metadata;
        metadata.CorrelationId.ShouldNotBeNull().Length.ShouldBe(32);
        metadata.CausationId.ShouldBeNull();
        metadata.TraceId.ShouldBeNull();
        metadata.Actor.ShouldBe("system");
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
