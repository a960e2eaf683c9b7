using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Client;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// Three silo processes in one cluster on PostgreSQL (membership and log), real HTTP, the partner SDK: what is
/// ingested on one silo reaches subscribers on the others, and a silo killed with SIGKILL under ingest loses nothing
/// acknowledged, its subscribers resume on a survivor, and its grains answer again from a survivor.
/// </summary>
public sealed class ClusterFailoverTests
{
    private const int Documents = 8;

    [Fact]
    public async Task Three_silos_form_one_cluster_and_results_ingested_on_one_reach_subscribers_on_the_others()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await ActiveSilosAsync(cluster, 3);
        using var bound = TestCluster.Bound(TimeSpan.FromSeconds(90));
        using var onSecond = TestCluster.Client(cluster[1]);
        using var onThird = TestCluster.Client(cluster[2]);
        await using var second = new Received(onSecond, bound.Token);
        await using var third = new Received(onThird, bound.Token);

        for (var version = 1; version <= 20; version++)
        {
            (await TestCluster.PostResultAsync(cluster[0], document: 1, version)).ShouldBe(HttpStatusCode.OK);
        }

        foreach (var received in new[] { second, third })
        {
            (await received.AtLeastAsync(20)).Select(m => TestCluster.Of(m).Version).ShouldBe(Enumerable.Range(1, 20));
        }
    }

    [Fact]
    public async Task A_silo_killed_under_ingest_loses_no_acknowledged_message_its_subscribers_resume_on_a_survivor_and_its_grains_answer_from_one()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await ActiveSilosAsync(cluster, 3);
        var victim = cluster[2];
        var pinned = await TestCluster.ProbeAsync(victim, "victim");
        pinned.Silo.ShouldBe(pinned.AnsweredBy, "a probe lives where it was first asked for");
        using var bound = TestCluster.Bound(TimeSpan.FromSeconds(150));
        using var survivorClient = TestCluster.Client(cluster[1], cluster[0]);
        using var victimClient = TestCluster.Client(victim, cluster[1], cluster[0]);
        await using var onSurvivor = new Received(survivorClient, bound.Token);
        await using var onVictim = new Received(victimClient, bound.Token);

        // 8 documents at 25 versions a second each (200 messages a second), through the two silos that stay up.
        var answers = new ConcurrentBag<HttpStatusCode>();
        var ingest = Task.WhenAll(Enumerable.Range(1, Documents).Select(d => IngestAsync(cluster, d, versions: 125, answers, bound.Token)));
        await Task.Delay(TimeSpan.FromSeconds(2), bound.Token);
        victim.Kill();
        var killed = Stopwatch.StartNew();
        var failover = await FirstAnswerFromSurvivorAsync(cluster[0], "victim", pinned.Silo, bound.Token);
        TestContext.Current.TestOutputHelper?.WriteLine($"kill -9 to the victim's probe grain answering from {failover.Silo}: {killed.ElapsedMilliseconds} ms");
        await ingest;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"ingest answers: {string.Join(", ", answers.GroupBy(a => a).Select(g => $"{(int)g.Key} x {g.Count()}"))}");

        var expected = Documents * 125;
        answers.Count(a => a == HttpStatusCode.OK).ShouldBe(expected, "every message is acknowledged in the end");
        answers.Where(a => a != HttpStatusCode.OK).ShouldAllBe(a => a == HttpStatusCode.ServiceUnavailable, "a call cut by the death of a silo is answered 503, to be tried again");
        foreach (var received in new[] { onSurvivor, onVictim })
        {
            ExactlyOnceInOrder(await received.AtLeastAsync(expected), versions: 125);
        }
    }

    [Fact]
    public async Task The_cluster_processes_move_to_a_survivor_when_the_silo_running_them_is_killed()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await ActiveSilosAsync(cluster, 3);
        using var bound = TestCluster.Bound(TimeSpan.FromSeconds(90));
        var leaderPid = await Eventually.Value(() => cluster.LeaderAsync("odf-apply"), pid => pid is not null, "a silo leads the ODF apply", TimeSpan.FromSeconds(60));
        var leader = cluster.Silos.Single(s => s.ProcessId == leaderPid);
        var survivor = cluster.Silos.First(s => s != leader);
        using (var register = await survivor.Http.PutAsJsonAsync(new Uri("venues/STA", UriKind.Relative),
            new RegisterVenueRequest("Stade de France", "Europe/Paris", 77_000), bound.Token))
        {
            register.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        leader.Kill();
        var killed = Stopwatch.StartNew();
        while (await TestCluster.PostKeepAliveAsync(survivor, "STA", 1) != HttpStatusCode.OK)
        {
            await Task.Delay(100, bound.Token);
        }

        var venue = await Eventually.Value(() => TestCluster.GetOrNullAsync<VenueView>(survivor, "venues/STA"),
            v => v?.LastKeepAlive is not null, "a survivor applies the keep-alive", TimeSpan.FromSeconds(60));
        TestContext.Current.TestOutputHelper?.WriteLine($"kill -9 of the ODF apply's silo to the keep-alive applied by a survivor: {killed.ElapsedMilliseconds} ms");
        venue!.LastKeepAlive.ShouldNotBeNull();
        var newLeader = await cluster.LeaderAsync("odf-apply");
        cluster.Silos.Where(s => s != leader).Select(s => (int?)s.ProcessId).ShouldContain(newLeader);
    }

    /// <summary>Posts the versions of one document in order, each until it is acknowledged, as a venue's system does.</summary>
    private static async Task IngestAsync(TestCluster cluster, int document, int versions, ConcurrentBag<HttpStatusCode> answers, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var version = 1; version <= versions; version++)
        {
            var due = TimeSpan.FromMilliseconds(40 * (version - 1));
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, ct);
            }

            var via = cluster[(document + version) % 2];
            HttpStatusCode answer;
            while ((answer = await TestCluster.PostResultAsync(via, document, version)) != HttpStatusCode.OK)
            {
                answers.Add(answer);
                await Task.Delay(100, ct);
            }

            answers.Add(answer);
        }
    }

    private static async Task<Contracts.Cluster.ClusterProbeView> FirstAnswerFromSurvivorAsync(SiloNode via, string probe, string deadSilo, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var answer = await TestCluster.ProbeAsync(via, probe);
                answer.Silo.ShouldNotBe(deadSilo);
                return answer;
            }
            catch (HttpRequestException)
            {
                // Not yet: the call waited for the dead silo, or failed fast while it was being declared dead.
            }

            await Task.Delay(50, ct);
        }
    }

    private static void ExactlyOnceInOrder(IReadOnlyList<ResultMessage> received, int versions)
    {
        var byDocument = received.Select(TestCluster.Of).GroupBy(m => m.Document).ToList();
        byDocument.Count.ShouldBe(Documents);
        foreach (var document in byDocument)
        {
            document.Select(m => m.Version).ShouldBe(Enumerable.Range(1, versions), $"{document.Key}: every version once, in order");
        }
    }


    private static async Task ActiveSilosAsync(TestCluster cluster, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        foreach (var silo in cluster.Silos)
        {
            while ((await TestCluster.ViewAsync(silo)).Silos.Count(s => s.Status == "Active") != count)
            {
                DateTime.UtcNow.ShouldBeLessThan(until, $"{silo.Name} sees {count} active silos");
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }
    }

}
