using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Olympics.Orleans.Silo;
using Olympics.Orleans.Silo.Hosting;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Client.Tests;

/// <summary>
/// A silo on PostgreSQL at a fixed loopback port, with one ODF source, a CIS and a FEED consumer and a CIS consumer of
/// swimming only; a restart is a new silo on the same schema and port, so a client keeps its base address across it.
/// </summary>
internal sealed class PostgresSilo : IAsyncDisposable
{
    public const string CisKey = "client-tests-cis-key-0123456789";
    public const string FeedKey = "client-tests-feed-key-0123456789";
    public const string SwimmingKey = "client-tests-swimming-key-0123456789";
    public const string OdfKey = "client-tests-venue-key-0123456789";
    public const string Source = "SEQ_ATH";
    public const string Rsc = "ATHM100M--------------FNL-0001----";
    public const string DocumentKey = $"OG2024|{Rsc}||DT_RESULT||ENG";

    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private PostgresSilo(WebApplication app, string schema, int port)
    {
        _app = app;
        Schema = schema;
        Port = port;
        _http = new HttpClient { BaseAddress = Address };
    }

    public string Schema { get; }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>The silos of this silo's cluster that are up, as its membership sees them.</summary>
    public async Task<int> ActiveSilosAsync() =>
        (await _app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    public static Task<PostgresSilo> StartAsync() => StartInSchemaAsync(TestPostgres.NewSchemaName(), FreePort());

    /// <summary>Starts the first silo of a cluster whose membership is in PostgreSQL, named after its schema.</summary>
    public static Task<PostgresSilo> StartClusterAsync()
    {
        var schema = TestPostgres.NewSchemaName();
        return StartInSchemaAsync(schema, FreePort(), ClusterArguments(schema));
    }

    /// <summary>
    /// Starts a second silo on <paramref name="primary"/>'s schema that joins its cluster (membership in PostgreSQL).
    /// </summary>
    public static Task<PostgresSilo> JoinAsync(PostgresSilo primary) =>
        StartInSchemaAsync(primary.Schema, FreePort(), ClusterArguments(primary.Schema));

    private static string[] ClusterArguments(string schema) =>
        ["--Orleans:Membership:Store=postgres", $"--Orleans:ClusterId={schema}", "--Orleans:AdvertisedAddress=127.0.0.1"];

    /// <summary>Starts a silo on an existing schema and port: a restart of one that ran before.</summary>
    public static async Task<PostgresSilo> StartInSchemaAsync(string schema, int port, params string[] settings)
    {
        var (siloPort, gatewayPort) = SiloPorts.Allocate();
        var app = SiloHost.Build(
        [
            $"--urls=http://127.0.0.1:{port}",
            "--Store=postgres",
            $"--ConnectionStrings:EventStore={TestPostgres.ConnectionString}",
            $"--EventStore:Schema={schema}",
            "--Logging:LogLevel:Default=Warning",
            $"--Odf:Sources:{Source}:ApiKey={OdfKey}",
            $"--Feeds:Consumers:cis:ApiKey={CisKey}",
            "--Feeds:Consumers:cis:Tier=Cis",
            $"--Feeds:Consumers:media:ApiKey={FeedKey}",
            "--Feeds:Consumers:media:Tier=Feed",
            $"--Feeds:Consumers:swimming:ApiKey={SwimmingKey}",
            "--Feeds:Consumers:swimming:Tier=Cis",
            "--Feeds:Consumers:swimming:Disciplines:0=SWM",
            .. WriterKeys.Arguments(),
            $"--Orleans:SiloPort={siloPort}",
            $"--Orleans:GatewayPort={gatewayPort}",
            .. settings,
        ]);
        await app.InitializeSiloAsync();
        await app.StartAsync();
        return new PostgresSilo(app, schema, port);
    }

    public OlympicsClient Client(string key = CisKey) => new(new OlympicsClientOptions
    {
        BaseAddress = Address,
        ApiKey = key,
        Actor = "client-tests",
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(500),
    });

    /// <summary>Posts one DT_RESULT of the test document at this version, as a venue does; fails unless stored.</summary>
    public async Task PostResultAsync(int version, string result = "9.79")
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OdfBody CompetitionCode=\"OG2024\" DocumentCode=\"" + Rsc +
            "\" DocumentType=\"DT_RESULT\" Version=\"" + version.ToString(CultureInfo.InvariantCulture) +
            "\" ResultStatus=\"LIVE\" Language=\"ENG\" FeedFlag=\"P\" Date=\"2024-08-04\" Time=\"215512345\" LogicalDate=\"2024-08-04\" Source=\"" +
            Source + "\"><Competition Gen=\"OG2024\"><Result Rank=\"1\" Result=\"" + result + "\"/></Competition></OdfBody>";
        using var request = new HttpRequestMessage(HttpMethod.Post, "odf/messages") { Content = new StringContent(xml, Encoding.UTF8, "application/xml") };
        request.Headers.Add("X-API-KEY", OdfKey);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts one ODF message as the venue does; fails unless stored.</summary>
    public async Task PostAsync(string xml)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "odf/messages") { Content = new StringContent(xml, Encoding.UTF8, "application/xml") };
        request.Headers.Add("X-API-KEY", OdfKey);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
