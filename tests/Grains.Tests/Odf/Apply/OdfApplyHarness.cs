using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Marten;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>
/// Grains, the session catalog and the apply process on a <see cref="FlakyStore"/>, with STA and session ATH01 (one unit).
/// The clock is a <see cref="ManualTimeProvider"/>: the process writes a checkpoint only when the test moves it on.
/// </summary>
internal sealed class OdfApplyHarness : IAsyncDisposable
{
    public const string Unit = "ATHM100M--------------FNL-000100--";
    public const string Phase = "ATHM100M--------------FNL---------";
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly DateTimeOffset _start = new(2024, 8, 4, 19, 0, 0, TimeSpan.Zero);
    private readonly TestSilo _silo;
    private readonly EventSerializer _serializer;
    private bool _stopped;

    // The serializer is kept so that the process's events stay readable after the silo stopped.
    private OdfApplyHarness(FlakyStore store, ManualTimeProvider time, TestSilo silo) =>
        (Store, Time, _silo, _serializer) = (store, time, silo, silo.Get<EventSerializer>());

    public FlakyStore Store { get; }

    public ManualTimeProvider Time { get; }

    public IGrainFactory Grains => _silo.Grains;

    /// <summary>A service of the silo.</summary>
    public T Service<T>() where T : notnull => _silo.Get<T>();

    /// <summary>Starts on <paramref name="store"/> (a new in-memory one by default); registers STA and schedules ATH01 unless <paramref name="arrange"/> is false (a restart).</summary>
    public static async Task<OdfApplyHarness> StartAsync(int checkpointEvery = 500, FlakyStore? store = null, bool arrange = true, Action<IServiceCollection>? services = null)
    {
        store ??= new FlakyStore();
        var time = new ManualTimeProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OdfApply:CheckpointEvery"] = checkpointEvery.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OdfApply:CheckpointInterval"] = Interval.ToString(),
            ["OdfApply:MaxRetryDelay"] = "00:00:00.050",
        }).Build();
        var harness = new OdfApplyHarness(store, time, await TestSilo.StartAsync(collection =>
        {
            collection.AddSingleton<IEventStore>(store).AddSingleton<TimeProvider>(time).AddOdfApply(configuration);
            services?.Invoke(collection);
        }));

        if (!arrange)
        {
            return harness;
        }

        var at = _start.AddDays(-10);
        await harness.Grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, at));
        await harness.Grains.GetGrain<ISessionGrain>("ATH01").ScheduleSessionAsync(new ScheduleSession(
            "ATH", "STA", "Final", _start, _start.AddHours(2), [new PlannedUnit(Unit, "Final", _start.AddMinutes(30))], at));
        return harness;
    }

    /// <summary>When a message of <paramref name="version"/> is received: a second per version after the session's start.</summary>
    public static DateTimeOffset ReceivedAt(int version) => _start.AddSeconds(version);

    /// <summary>Stores a message as the ingest would.</summary>
    public async Task ReceiveAsync(string type, string code, int version, string? status, string? body, string? subcode = null)
    {
        var header = OdfMessages.Header(version, code);
        (header["DocumentType"], header["ResultStatus"], header["Language"]) = (type, status, type is "DT_KA" or "DT_CURRENT" ? null : "ENG");
        header["DocumentSubcode"] = subcode;
        var xml = OdfMessages.Xml(header, withdrawal: true).Replace("></OdfBody>", $">{(body is null ? "" : $"<Competition>{body}</Competition>")}</OdfBody>", StringComparison.Ordinal);
        var message = OdfMessageParser.Parse(OdfMessages.Bytes(xml));
        await Grains.GetGrain<IOdfDocumentGrain>(message.Header.DocumentKey).ReceiveMessageAsync(message.ToCommand(ReceivedAt(version)));
    }

    public async Task<IOdfApplyEvent[]> ProcessEventsAsync()
    {
        return await Store.ReadStreamAsync(OdfApplyProcess.CheckpointStream, ct: TestContext.Current.CancellationToken)
            .Select(e => (IOdfApplyEvent)_serializer.Deserialize(e.Type, e.Data)).ToArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The stored ODF document events, in order.</summary>
    public Task<List<StoredEvent>> DocumentsAsync() =>
        Store.ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: int.MaxValue)).ToListAsync(TestContext.Current.CancellationToken).AsTask();

    /// <summary>
    /// Waits until the process has checkpointed the last stored document, moving the clock on by the checkpoint interval
    /// at each look so that the checkpoint falls due (with <paramref name="advance"/> false, only waits).
    /// </summary>
    public async Task<IOdfApplyEvent[]> CaughtUpAsync(bool advance = true)
    {
        // On Marten, followers read up to the high-water mark, which follows the commits within a poll: the last stored
        // document is the last one below the mark once the mark has reached every commit.
        if (Store.Inner is MartenEventStore marten)
        {
            (await marten.WaitForReadableAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBeTrue("the last commit never became readable");
        }

        var last = (await DocumentsAsync())[^1].Position.ToToken();
        return await EventuallyAsync(ProcessEventsAsync, e => e.Any(c => string.CompareOrdinal(c.Position, last) >= 0), "the process never checkpointed the last document",
            () => { if (advance) { Time.Advance(Interval); } });
    }

    /// <summary>Reads until <paramref name="done"/>, for up to 10 s, doing <paramref name="between"/> between looks.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, Action? between = null)
    {
        for (var i = 0; ; i++)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (i == 400)
            {
                throw new TimeoutException(what);
            }

            between?.Invoke();
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Stops the silo and its hosted services, as a graceful stop does; the store stays readable.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _silo.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
