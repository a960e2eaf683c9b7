using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using Olympics.Orleans.Client;
using Olympics.Orleans.Contracts.Cluster;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// A cluster of silo processes on one schema of the test PostgreSQL, under a cluster id of its own. Every silo is
/// configured alike; the cluster's processes (ODF apply, qualification) run on whichever holds their lease.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    /// <summary>The silo's JSON: web defaults, enums as names.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly HttpClient Venue = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly List<SiloNode> _silos;

    private TestCluster(string schema, List<SiloNode> silos)
    {
        Schema = schema;
        _silos = silos;
    }

    public string Schema { get; }

    public IReadOnlyList<SiloNode> Silos => _silos;

    public SiloNode this[int index] => Silos[index];

    /// <summary>Starts <paramref name="count"/> silos: the first alone (it creates the schema), then the others at once.</summary>
    public static async Task<TestCluster> StartAsync(int count, string? connectionString = null)
    {
        var schema = TestPostgres.NewSchemaName();
        connectionString ??= TestPostgres.ConnectionString;
        var silos = new List<SiloNode> { SiloNode.Start("silo-0", connectionString, schema, schema) };
        var cluster = new TestCluster(schema, silos);
        try
        {
            await silos[0].WaitReadyAsync();
            silos.AddRange(Enumerable.Range(1, count - 1).Select(i => SiloNode.Start($"silo-{i}", connectionString, schema, schema)));
            await Task.WhenAll(silos.Skip(1).Select(s => s.WaitReadyAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The test's cancellation, also cancelled after <paramref name="limit"/>: a bound on a hung test, not a timing assertion.</summary>
    public static CancellationTokenSource Bound(TimeSpan limit)
    {
        var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(limit);
        return bound;
    }

    /// <summary>Stops silo <paramref name="index"/> with SIGTERM and starts it again on its ports; returns its exit code.</summary>
    public async Task<int> RestartAsync(int index)
    {
        var old = _silos[index];
        var exitCode = await old.TerminateAsync();
        var restarted = old.Restart();
        _silos[index] = restarted;
        await old.DisposeAsync();
        await restarted.WaitReadyAsync();
        return exitCode;
    }

    /// <summary>
    /// A read through <paramref name="via"/>, or null when it did not answer 200: right after a silo dies a read of one
    /// of its grains answers 503 (try again), as a client would see it.
    /// </summary>
    public static async Task<T?> GetOrNullAsync<T>(SiloNode via, string path) where T : class
    {
        using var response = await via.Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadFromJsonAsync<T>(Json, TestContext.Current.CancellationToken)
            : null;
    }

    /// <summary>The cluster as <paramref name="via"/> sees it.</summary>
    public static async Task<ClusterView> ViewAsync(SiloNode via) =>
        (await via.Http.GetFromJsonAsync<ClusterView>(new Uri("admin/cluster", UriKind.Relative), TestContext.Current.CancellationToken))!;

    /// <summary>Where the probe grain <paramref name="key"/> answers from, asked through <paramref name="via"/>.</summary>
    public static async Task<ClusterProbeView> ProbeAsync(SiloNode via, string key) =>
        (await via.Http.GetFromJsonAsync<ClusterProbeView>(new Uri($"admin/cluster/probes/{key}", UriKind.Relative), TestContext.Current.CancellationToken))!;

    /// <summary>A CIS client on <paramref name="first"/> that fails over to <paramref name="others"/>.</summary>
    public static OlympicsClient Client(SiloNode first, params SiloNode[] others) => new(new OlympicsClientOptions
    {
        BaseAddress = first.Address,
        FailoverAddresses = [.. others.Select(o => o.Address)],
        ApiKey = SiloNode.CisKey,
        Actor = "cluster-tests",
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(500),
    });

    /// <summary>
    /// Posts version <paramref name="version"/> of document <paramref name="document"/> through <paramref name="via"/> as
    /// a venue does; the silo's answer, or 0 when it could not be reached.
    /// </summary>
    public static async Task<HttpStatusCode> PostResultAsync(SiloNode via, int document, int version) =>
        (await PostResultWithRetryAfterAsync(via, document, version)).Status;

    /// <summary>As <see cref="PostResultAsync"/>, and whether the answer carried a Retry-After header.</summary>
    public static Task<(HttpStatusCode Status, bool RetryAfter)> PostResultWithRetryAfterAsync(SiloNode via, int document, int version) =>
        SendAsync(via, OdfMessages.Xml(version, $"ATHM100M--------------FNL-{document.ToString("D4", CultureInfo.InvariantCulture)}----"));

    /// <summary>Posts the medal table (DT_MEDALS, code GLO) with one line: France, one gold.</summary>
    public static Task<HttpStatusCode> PostMedalTableAsync(SiloNode via, int version)
    {
        var header = OdfMessages.Header(version, "GLO".PadRight(34, '-'));
        (header["DocumentType"], header["ResultStatus"]) = ("DT_MEDALS", null);
        const string Standings = """<Competition Gen="OG2024"><MedalStandings><MedalLine Rank="1" Organisation="FRA" Gold="1" Silver="0" Bronze="0" Total="1"/></MedalStandings></Competition>""";
        return PostAsync(via, OdfMessages.Xml(header, withdrawal: true).Replace("></OdfBody>", $">{Standings}</OdfBody>", StringComparison.Ordinal));
    }

    /// <summary>Posts a venue's keep-alive (DT_KA), which the ODF apply process records on the venue.</summary>
    public static Task<HttpStatusCode> PostKeepAliveAsync(SiloNode via, string venue, int version)
    {
        var header = OdfMessages.Header(version, venue);
        (header["DocumentType"], header["ResultStatus"], header["Language"]) = ("DT_KA", null, null);
        return PostAsync(via, OdfMessages.Xml(header, withdrawal: true));
    }

    private static async Task<HttpStatusCode> PostAsync(SiloNode via, string xml) => (await SendAsync(via, xml)).Status;

    private static async Task<(HttpStatusCode Status, bool RetryAfter)> SendAsync(SiloNode via, string xml)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(via.Address, "odf/messages"))
        {
            Content = new StringContent(xml, Encoding.UTF8, "application/xml"),
        };
        request.Headers.Add("X-API-KEY", SiloNode.OdfKey);
        try
        {
            using var response = await Venue.SendAsync(request, TestContext.Current.CancellationToken);
            return (response.StatusCode, response.Headers.RetryAfter is not null);
        }
        catch (HttpRequestException)
        {
            return (0, false);
        }
    }

    /// <summary>The process id of the silo holding the lease on a cluster process now; null while none holds it.</summary>
    public async Task<int?> LeaderAsync(string process)
    {
        await using var dataSource = NpgsqlDataSource.Create(TestPostgres.ConnectionString);
        await using var command = dataSource.CreateCommand($"select holder from {Schema}.process_lease where process = @p and expires_at > now()");
        command.Parameters.AddWithValue("p", $"{Schema}/{process}");
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) is string holder
            ? int.Parse(holder.Split('/')[1], CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The document key a message of the feed belongs to, and its version.</summary>
    public static (string Document, int Version) Of(ResultMessage message) => (message.Message.DocumentKey, message.Message.Version);

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
    }
}
