using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Grains.Telemetry;
using static Olympics.Orleans.Grains.Tests.Odf.Apply.OdfApplyHarness;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>Refusals are never silent: each is recorded (every time), logged as a warning, counted, and kept for the operators.</summary>
public sealed class OdfRefusalsTests
{
    private const string Stranger = "ATHM200M--------------FNL-000100--";

    [Fact]
    public async Task The_same_refusal_again_is_recorded_logged_and_counted_every_time_and_kept_by_document_and_by_time()
    {
        var log = new LogCapture(typeof(OdfApplyProcess).FullName!);
        using var refusals = new InstrumentCount(ProcessTelemetry.OdfRefusalsMetric, ProcessTelemetry.MeterName);
        await using var harness = await StartAsync(services: s => s.AddSingleton<ILoggerProvider>(log));
        for (var version = 1; version <= 3; version++)
        {
            await harness.ReceiveAsync("DT_CURRENT", Stranger, version, null, """<Current Progress="1"/>""");
        }

        var recorded = (await harness.CaughtUpAsync(advance: false)).OfType<OdfApplyRefused>().ToList();

        recorded.Select(r => (r.Version, r.DocumentType)).ShouldBe([(1, "DT_CURRENT"), (2, "DT_CURRENT"), (3, "DT_CURRENT")]);
        recorded.ShouldAllBe(r => r.Reason == $"No session holds unit {Stranger}.");
        log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains(Stranger, StringComparison.Ordinal) && e.Message.Contains("refused", StringComparison.Ordinal))
            .ShouldBe(3);
        refusals.Total.ShouldBeGreaterThanOrEqualTo(3);
        var kept = harness.Service<OdfRefusals>();
        var (count, latest) = await EventuallyAsync(() => Task.FromResult(kept.Of(recorded[0].DocumentKey)), k => k.Count == 3, "the read model never had the three refusals");
        latest.Select(r => r.Version).ShouldBe([1, 2, 3]);
        kept.Since(null, 1, 100).Items.Select(r => r.Version).ShouldBe([1, 2, 3]);
        kept.Since(latest[^1].RecordedAt.AddTicks(1), 1, 100).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_schedule_naming_a_session_that_is_not_scheduled_refuses_that_one_and_still_reaches_the_others()
    {
        await using var harness = await StartAsync();

        await harness.ReceiveAsync("DT_SCHEDULE", "ATH-------------------------------", 1, null,
            $"""<Unit Code="ATHM200M--------------FNL-000100--" SessionCode="ATH09" ScheduleStatus="RUNNING"/><Unit Code="{Unit}" SessionCode="ATH01" ScheduleStatus="RUNNING"/>""");

        var refused = (await harness.CaughtUpAsync(advance: false)).ShouldHaveSingleItem().ShouldBeOfType<OdfApplyRefused>();
        refused.Reason.ShouldBe("Session ATH09: The session is not scheduled.");
        var session = (await harness.Grains.GetGrain<GrainInterfaces.Sessions.ISessionGrain>("ATH01").GetSessionAsync())!;
        session.Units.Single().ScheduleStatus.ShouldBe(Contracts.Sessions.ScheduleStatus.Running);
    }

    [Fact]
    public void The_refusals_kept_are_bounded_and_counted_per_document()
    {
        var kept = new OdfRefusals();
        for (var i = 1; i <= OdfRefusals.KeptPerDocument + 5; i++)
        {
            kept.ApplyEvent(Stored(i), new OdfApplyRefused($"{i}", "OG2024|X||DT_CURRENT||", i, "DT_CURRENT", "No session holds unit X.", ReceivedAt(i)));
        }

        var (count, latest) = kept.Of("OG2024|X||DT_CURRENT||");
        (count, latest.Count, latest[0].Version).ShouldBe((OdfRefusals.KeptPerDocument + 5, OdfRefusals.KeptPerDocument, 6));
        kept.Of("OG2024|Y||DT_CURRENT||").Count.ShouldBe(0);
    }

    private static EventStore.StoredEvent Stored(int i) =>
        new(Guid.NewGuid(), OdfApplyProcess.CheckpointStream, i, "odf.apply-refused.v1", "{}", new EventStore.EventMetadata(null, null, OdfApplyProcess.Actor, null),
            ReceivedAt(i).AddMilliseconds(5), new EventStore.GlobalPosition(1, i));
}
