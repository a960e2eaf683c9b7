using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// PostgreSQL stopped under a two-silo cluster, on a server of this test's own: a fast restart, then a 10 s stop. While
/// it is down every ingest answers 503 with Retry-After and readiness fails; no silo exits; both are ready again soon
/// after it returns; nothing acknowledged is lost; and what is stored afterwards reaches the snapshots, the medal table
/// and the ODF apply process (a venue's keep-alive), which all resumed by themselves.
/// </summary>
public sealed class PostgresOutageTests
{
    // A bound on how long what was stored after the outage takes to show, not a timing assertion.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(60);

    private const string DocumentKey = "OG2024|ATHM100M--------------FNL-0001----||DT_RESULT||ENG";

    [Fact]
    public async Task A_restart_and_a_ten_second_stop_of_PostgreSQL_answer_503_lose_nothing_and_every_process_resumes()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        await using var cluster = await TestCluster.StartAsync(2, postgres.ConnectionString);
        using var bound = TestCluster.Bound(TimeSpan.FromMinutes(3));
        using (var register = await cluster[1].Http.PutAsJsonAsync(new Uri("venues/STA", UriKind.Relative),
            new RegisterVenueRequest("Stade de France", "Europe/Paris", 77_000), bound.Token))
        {
            register.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var client = TestCluster.Client(cluster[0], cluster[1]);
        await using var received = new Received(client, bound.Token);
        var ingest = new Ingest(cluster);
        await ingest.UntilAcknowledgedAsync(5, bound.Token);

        foreach (var outage in new[] { TimeSpan.Zero, TimeSpan.FromSeconds(10) })
        {
            await postgres.StopAsync();
            var down = Stopwatch.StartNew();
            var answers = new List<(HttpStatusCode Status, bool RetryAfter)>();
            var readiness = new List<HttpStatusCode>();
            do
            {
                answers.Add(await ingest.TryNextAsync(bound.Token));
                readiness.AddRange(await Task.WhenAll(cluster.Silos.Select(ReadyAsync)));
                await Task.Delay(250, bound.Token);
            }
            while (down.Elapsed < outage);

            await postgres.StartServerAsync();
            var back = Stopwatch.StartNew();
            foreach (var silo in cluster.Silos)
            {
                while (await ReadyAsync(silo) != HttpStatusCode.OK)
                {
                    await Task.Delay(100, bound.Token);
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"PostgreSQL down {down.Elapsed - back.Elapsed:g}: ingest answered {string.Join(", ", answers.Select(a => (int)a.Status))}; both silos ready {back.ElapsedMilliseconds} ms after its return");
            if (answers.Any(a => a.Status != HttpStatusCode.ServiceUnavailable))
            {
                TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", cluster.Silos.Select(s => $"--- {s.Name}:\n{s.Output}")));
            }

            answers.ShouldAllBe(a => a.Status == HttpStatusCode.ServiceUnavailable && a.RetryAfter, "while the store is down, 503 with Retry-After");
            readiness.ShouldAllBe(r => r == HttpStatusCode.ServiceUnavailable, "not ready while the store is down");
            cluster.Silos.ShouldAllBe(s => !s.Exited, "no silo exits for an outage of its database");
            await ingest.UntilAcknowledgedAsync(ingest.Acknowledged + 5, bound.Token);
        }

        // A hang shows what the silos said.
        bound.Token.Register(() => TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", cluster.Silos.Select(s => $"--- {s.Name}:\n{s.Output}"))));
        (await TestCluster.PostKeepAliveAsync(cluster[0], "STA", 1)).ShouldBe(HttpStatusCode.OK);
        (await TestCluster.PostMedalTableAsync(cluster[1], 1)).ShouldBe(HttpStatusCode.OK);
        var snapshot = await Eventually.Value(() => Snapshot<FeedMessageView>(cluster[1], $"feeds/documents/{Uri.EscapeDataString(DocumentKey)}"),
            s => s?.Version == ingest.Acknowledged, "the snapshot shows the last acknowledged version", Settle);
        var medals = await Eventually.Value(() => Snapshot<MedalTableView>(cluster[0], "feeds/medals"), m => m?.Version == 1, "the medal table shows", Settle);
        var venue = await Eventually.Value(() => TestCluster.GetOrNullAsync<VenueView>(cluster[1], "venues/STA"),
            v => v?.LastKeepAlive is not null, "the ODF apply records the keep-alive", Settle);

        snapshot!.Version.ShouldBe(ingest.Acknowledged);
        medals!.Lines.ShouldHaveSingleItem().Organisation.ShouldBe("FRA");
        venue!.LastKeepAlive.ShouldNotBeNull("the ODF apply process resumed and applied the keep-alive");
        (await received.AtLeastAsync(ingest.Acknowledged + 1)).Where(m => m.Message.DocumentKey == DocumentKey).Select(m => m.Message.Version)
            .ShouldBe(Enumerable.Range(1, ingest.Acknowledged), "every acknowledged version once, in order");
    }

    private static async Task<HttpStatusCode> ReadyAsync(SiloNode silo)
    {
        using var response = await silo.Http.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static async Task<T?> Snapshot<T>(SiloNode silo, string path) where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(silo.Address, path));
        request.Headers.Add("X-API-KEY", SiloNode.CisKey);
        using var http = new HttpClient();
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<T>(TestCluster.Json, TestContext.Current.CancellationToken) : null;
    }


    /// <summary>Versions of one document, posted in order through the silos in turn; the next only after a 200.</summary>
    private sealed class Ingest(TestCluster cluster)
    {
        public int Acknowledged { get; private set; }

        public async Task<(HttpStatusCode Status, bool RetryAfter)> TryNextAsync(CancellationToken ct)
        {
            var version = Acknowledged + 1;
            var (status, retryAfter) = await TestCluster.PostResultWithRetryAfterAsync(cluster[version % 2], document: 1, version);
            if (status == HttpStatusCode.OK)
            {
                Acknowledged = version;
            }

            return (status, retryAfter);
        }

        public async Task UntilAcknowledgedAsync(int count, CancellationToken ct)
        {
            while (Acknowledged < count)
            {
                if ((await TryNextAsync(ct)).Status != HttpStatusCode.OK)
                {
                    await Task.Delay(100, ct);
                }
            }
        }
    }
}
