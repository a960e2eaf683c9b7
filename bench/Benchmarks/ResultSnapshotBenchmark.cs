using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Feeds;
using Olympics.Orleans.Silo;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// A session's results snapshot (GET /feeds/sessions/{code}/results) for a session of 40 units with 30 competitors
/// each, on PostgreSQL: what reading each unit's latest version from the store would cost per request (the baseline),
/// the snapshot reader in-process, then HTTP callers with a FEED key (half revalidating with If-None-Match) while a
/// venue posts a new version of one unit every 250 ms.
/// </summary>
internal static class ResultSnapshotBenchmark
{
    private const string Venue = "bench-venue-key-0123456789";
    private const string Feed = "bench-feed-key-0123456789";
    private const int Units = 40;
    private const int Competitors = 30;
    private static readonly FeedConsumer _media = new("media", FeedTier.Feed, new HashSet<string>());

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var silo = SiloHost.Build(["--urls=http://127.0.0.1:0", "--Store=postgres", $"--ConnectionStrings:EventStore={BenchOptions.ConnectionString}",
            $"--EventStore:Schema={options.Schema}", "--Logging:LogLevel:Default=Warning", $"--Odf:Sources:SEQ_ATH:ApiKey={Venue}",
            $"--Feeds:Consumers:media:ApiKey={Feed}", "--Feeds:Consumers:media:Tier=Feed", "--Feeds:SnapshotRequestsPerSecond=100000000"]);
        await silo.InitializeSiloAsync();
        await silo.StartAsync();
        var address = new Uri(silo.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Writers, UseProxy = false }) { BaseAddress = address };
        var units = await ArrangeAsync(silo, http);
        var snapshots = silo.Services.GetRequiredService<SessionResultSnapshots>();
        var documents = silo.Services.GetRequiredService<ParsedOdfDocuments>();
        var store = silo.Services.GetRequiredService<FeedSnapshots>();

        await TimeAsync("store reads per unit (baseline)", options, async () =>
        {
            foreach (var unit in units)
            {
                var message = await store.LatestAsync(_media, $"OG2024|{unit}||DT_RESULT||ENG");
                ResultDocumentParser.Competitors(message!.Xml);
            }
        });
        var reads = documents.StoreReads;
        await TimeAsync("snapshot in-process", options, async () => await snapshots.ReadAsync(_media, "ATH01"));
        Console.WriteLine($"results-snapshots: {documents.StoreReads - reads} store reads during the in-process run");

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + 2));
        var live = PostLiveAsync(http, units[0], stop.Token);
        reads = documents.StoreReads;
        string? etag = null;
        await TimeAsync("http, half with If-None-Match", options, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/sessions/ATH01/results") { Headers = { { "X-API-KEY", Feed } } };
            if (etag is { } tag && Random.Shared.Next(2) == 0)
            {
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(tag));
            }

            using var response = await http.SendAsync(request);
            etag = response.Headers.ETag?.ToString() ?? etag;
            await response.Content.ReadAsByteArrayAsync();
        });
        Console.WriteLine($"results-snapshots: {await live} new versions posted and {documents.StoreReads - reads} store reads during the http run");
        await silo.StopAsync();
        return 0;
    }

    private static async Task<string[]> ArrangeAsync(WebApplication silo, HttpClient http)
    {
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        var start = new DateTimeOffset(2024, 8, 4, 10, 0, 0, TimeSpan.FromHours(2));
        string[] units = [.. Enumerable.Range(1, Units).Select(i => $"ATHM100M--------------HEAT{i:D4}----")];
        await grains.GetGrain<IVenueGrain>("STA").RegisterVenueAsync(new RegisterVenue("Stade de France", "Europe/Paris", 77000, DateTimeOffset.UtcNow));
        await grains.GetGrain<ISessionGrain>("ATH01").ScheduleSessionAsync(new ScheduleSession("ATH", "STA", "Heats", start, start.AddHours(4),
            [.. units.Select((u, i) => new PlannedUnit(u, $"Heat {i + 1}", start.AddMinutes(i * 5)))], DateTimeOffset.UtcNow));
        for (var version = 1; version <= 3; version++)
        {
            foreach (var unit in units)
            {
                await PostAsync(http, unit, version);
            }
        }

        // Out of the FEED embargo, and in the index.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var snapshots = silo.Services.GetRequiredService<SessionResultSnapshots>();
        while ((await snapshots.ReadAsync(_media, "ATH01"))?.View.Units.All(u => u.Version == 3) != true)
        {
            await Task.Delay(100);
        }

        return units;
    }

    private static async Task<int> PostLiveAsync(HttpClient http, string unit, CancellationToken ct)
    {
        var version = 3;
        while (!ct.IsCancellationRequested)
        {
            await PostAsync(http, unit, ++version);
            await Task.Delay(250, CancellationToken.None);
        }

        return version - 3;
    }

    private static async Task PostAsync(HttpClient http, string unit, int version)
    {
        var lines = string.Concat(Enumerable.Range(1, Competitors).Select(r => string.Create(CultureInfo.InvariantCulture,
            $"<Result Rank=\"{r}\" SortOrder=\"{r}\" Result=\"{10 + (r * 0.01) + (version * 0.001):0.000}\"><Competitor Code=\"{1000 + r}\" Type=\"A\" Organisation=\"FRA\"/></Result>")));
        var xml = string.Create(CultureInfo.InvariantCulture,
            $"<OdfBody CompetitionCode=\"OG2024\" DocumentCode=\"{unit}\" DocumentType=\"DT_RESULT\" Version=\"{version}\" ResultStatus=\"LIVE\" Language=\"ENG\" FeedFlag=\"T\" Date=\"2024-08-04\" Time=\"100000000\" LogicalDate=\"2024-08-04\" Source=\"SEQ_ATH\"><Competition>{lines}</Competition></OdfBody>");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/odf/messages") { Content = new StringContent(xml, Encoding.UTF8, "application/xml"), Headers = { { "X-API-KEY", Venue } } };
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private static async Task TimeAsync(string how, BenchOptions options, Func<Task> request)
    {
        var latencies = new Latencies(options.Writers);
        long done = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        var progress = Progress.ReportAsync($"results-snapshots {how}", () => Interlocked.Read(ref done), TimeSpan.FromSeconds(options.Seconds), stop.Token);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Writers).Select(worker => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await request();
                latencies.Record(worker, start);
                Interlocked.Increment(ref done);
            }
        })));
        Console.WriteLine($"results-snapshots {how}: {options.Writers} callers, {done:N0} requests in {clock.Elapsed.TotalSeconds:0.0} s = {done / clock.Elapsed.TotalSeconds:N0}/s, {latencies.Summary()}");
        await progress;
    }
}
