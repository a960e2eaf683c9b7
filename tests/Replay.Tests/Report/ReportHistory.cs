using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Push;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Replay.Tests.Report;

/// <summary>
/// A fresh schema holding known history: one session with a unit corrected twice after OFFICIAL, CIS deliveries of
/// 1..100 ms (in two recorded batches), FEED deliveries of 100..1000 ms, push deliveries of 200..800 ms, accreditation changes and ODF messages
/// of competition day 2024-08-04 (a keep-alive of the Stade de France among them).
/// </summary>
internal static class ReportHistory
{
    public const string Unit = "ATHM100M--------------FNL-000100--";
    public const string UnitDocument = $"OG2024|{Unit}||DT_RESULT||ENG";
    public const string MedalsDocument = "OG2024|GLO-------------------------------||DT_MEDALS||ENG";
    public static readonly DateTimeOffset At = new(2024, 8, 4, 20, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Day = DateOnly.FromDateTime(At.UtcDateTime);
    private static readonly int[] _pushLatencies = [200, 400, 600, 800];

    public static async Task<string> WriteAsync()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var store = MartenTestStores.Create(schema);
        await store.InitializeAsync();
        var serializer = new EventSerializer().RegisterAssemblies([typeof(SessionCatalog).Assembly]);
        EventData Data(object e) => serializer.Serialize(e) is var (type, data) ? EventData.Create(type, data) : throw new InvalidOperationException();

        await store.AppendAsync("session-ATH01", ExpectedVersion.NoStream,
        [
            Data(new SessionScheduled("ATH01", "ATH", "STA", "Europe/Paris", "Finals", At, At.AddHours(2), [new PlannedUnit(Unit, "Final", At)], At.AddDays(-9))),
            Data(Result(ResultStatus.Live, null, 1)),
            Data(Result(ResultStatus.Official, null, 2)),
            Data(Result(ResultStatus.Official, "Photo finish, reviewed: lanes 4 and 5 swapped", 30)),
            Data(Result(ResultStatus.Official, "Protest upheld", 60)),
        ]);
        // CIS as the recorder writes them (batches), FEED as histories written before batches have them (one event each).
        await store.AppendAsync("delivery-silo1-2024080420", ExpectedVersion.NoStream,
        [
            Data(new FeedDeliveriesRecorded([.. Enumerable.Range(1, 60).Select(ms => Feed(FeedTier.Cis, ms))])),
            Data(new FeedDeliveriesRecorded([.. Enumerable.Range(61, 40).Select(ms => Feed(FeedTier.Cis, ms))])),
            .. Enumerable.Range(1, 10).Select(i => Data(Feed(FeedTier.Feed, i * 100))),
        ]);
        await store.AppendAsync("push-partner1", ExpectedVersion.NoStream,
            [.. _pushLatencies.Select(ms => Data(new PushDelivered("t", MedalsDocument, 1, At, At.AddMilliseconds(ms))))]);
        await store.AppendAsync("accreditation-1", ExpectedVersion.NoStream,
            [Raw("accreditation.applied.v1"), Raw("accreditation.approved.v1")]);
        await store.AppendAsync("accreditation-2", ExpectedVersion.NoStream, [Raw("accreditation.applied.v1")]);
        // A change that carries its own time: counted on that day, not on the day it was recorded.
        await store.AppendAsync("accreditation-3", ExpectedVersion.NoStream, [EventData.Create("accreditation.suspended.v1", """{"reason":"r","at":"2024-07-20T10:00:00+00:00"}""")]);
        await store.AppendAsync($"odf-{UnitDocument}", ExpectedVersion.NoStream, [Data(Odf(UnitDocument, 1)), Data(Odf(UnitDocument, 2))]);
        await store.AppendAsync("odf-OG2024|SWMW200MFR------------FNL-000100--||DT_RESULT||ENG", ExpectedVersion.NoStream,
            [Data(Odf("OG2024|SWMW200MFR------------FNL-000100--||DT_RESULT||ENG", 1))]);
        await store.AppendAsync($"odf-{MedalsDocument}", ExpectedVersion.NoStream, [Data(Odf(MedalsDocument, 1))]);
        await store.AppendAsync("odf-OG2024|STA||DT_KA||", ExpectedVersion.NoStream, [Data(Odf("OG2024|STA||DT_KA||", 1))]);
        return schema;
    }

    private static UnitResultRecorded Result(ResultStatus status, string? note, int minutes) =>
        new(Unit, status, [new UnitResultEntry("1001", 1, "9.81", null, null, false)], note, At.AddMinutes(minutes));

    private static FeedDelivered Feed(FeedTier tier, int ms) =>
        new("t", UnitDocument, 1, tier, "consumer", "sse", At, At.AddMilliseconds(ms));

    private static OdfDocumentReceived Odf(string documentKey, int version)
    {
        var parts = documentKey.Split('|');
        var header = new OdfHeader(parts[0], parts[1], null, parts[3], null, version, null, parts[5].Length == 0 ? null : parts[5], "P",
            Day, new TimeOnly(21, 0), Day, "SEQ_ATH");
        return new OdfDocumentReceived(header, "<OdfBody/>", At);
    }

    // Counted by name and stream id only: the report never reads their data.
    private static EventData Raw(string type) => EventData.Create(type, "{}");
}
