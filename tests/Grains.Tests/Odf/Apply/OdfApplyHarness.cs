using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Runtime.Hosting;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>Grains, the session catalog and the apply process on a <see cref="FlakyStore"/>, with STA and session ATH01 (one unit).</summary>
internal sealed class OdfApplyHarness : IAsyncDisposable
{
    public const string Unit = "ATHM100M--------------FNL-000100--";
    private static readonly DateTimeOffset _start = new(2024, 8, 4, 19, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private OdfApplyHarness(FlakyStore store, ServiceProvider services) => (Store, _services, _hosted) = (store, services, [.. services.GetServices<IHostedService>()]);

    public FlakyStore Store { get; }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public static async Task<OdfApplyHarness> StartAsync(int checkpointEvery = 500)
    {
        var store = new FlakyStore();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OdfApply:CheckpointEvery"] = checkpointEvery.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OdfApply:MaxRetryDelay"] = "00:00:00.050",
        }).Build();
        var harness = new OdfApplyHarness(store, new ServiceCollection()
            .AddLogging()
            .AddSingleton<IEventStore>(store)
            .AddGrainRuntime()
            .AddGrains(typeof(SessionGrain).Assembly)
            .AddOdfApply(configuration)
            .BuildServiceProvider());
        foreach (var hosted in harness._hosted)
        {
            await hosted.StartAsync(TestContext.Current.CancellationToken);
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
    public async Task ReceiveAsync(string type, string code, int version, string? status, string? body)
    {
        var header = OdfMessages.Header(version, code);
        (header["DocumentType"], header["ResultStatus"], header["Language"]) = (type, status, type is "DT_KA" or "DT_CURRENT" ? null : "ENG");
        var xml = OdfMessages.Xml(header, withdrawal: true).Replace("></OdfBody>", $">{(body is null ? "" : $"<Competition>{body}</Competition>")}</OdfBody>", StringComparison.Ordinal);
        var message = OdfMessageParser.Parse(OdfMessages.Bytes(xml));
        await Grains.GetGrain<IOdfDocumentGrain>(message.Header.DocumentKey).ReceiveMessageAsync(message.ToCommand(ReceivedAt(version)));
    }

    public async Task<IOdfApplyEvent[]> ProcessEventsAsync()
    {
        var serializer = _services.GetRequiredService<EventSerializer>();
        return await Store.ReadStreamAsync(OdfApplyProcess.CheckpointStream, ct: TestContext.Current.CancellationToken)
            .Select(e => (IOdfApplyEvent)serializer.Deserialize(e.Type, e.Data)).ToArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until the process has handled the last stored document.</summary>
    public async Task CaughtUpAsync()
    {
        var last = (await Store.ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: int.MaxValue)).LastAsync()).Position.ToToken();
        for (var i = 0; i < 400 && !(await ProcessEventsAsync()).Any(e => string.CompareOrdinal(e.Position, last) >= 0); i++)
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
