using System.Collections.Concurrent;
using System.Net;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// A rolling restart of a three-silo cluster (SIGTERM, start again, next silo) under ingest: every silo exits cleanly,
/// no request fails without a status worth retrying, nothing acknowledged is lost, and subscribers that follow the
/// cluster see every message once, in order.
/// </summary>
public sealed class RollingRestartTests
{
    private const int Documents = 4;

    [Fact]
    public async Task A_rolling_restart_under_ingest_loses_nothing_and_fails_no_request_for_good()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        using var bound = TestCluster.Bound(TimeSpan.FromMinutes(4));
        using var forward = TestCluster.Client(cluster[0], cluster[1], cluster[2]);
        using var backward = TestCluster.Client(cluster[2], cluster[1], cluster[0]);
        await using var onForward = new Received(forward, bound.Token);
        await using var onBackward = new Received(backward, bound.Token);
        using var restarted = new CancellationTokenSource();
        var answers = new ConcurrentBag<HttpStatusCode>();
        var ingest = Enumerable.Range(1, Documents).Select(d => IngestAsync(cluster, d, answers, restarted.Token, bound.Token)).ToList();

        var exitCodes = new List<int>();
        for (var silo = 0; silo < 3; silo++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), bound.Token);
            exitCodes.Add(await cluster.RestartAsync(silo));
        }

        await restarted.CancelAsync();
        var acknowledged = await Task.WhenAll(ingest);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"ingest answers: {string.Join(", ", answers.GroupBy(a => a).Select(g => $"{(int)g.Key} x {g.Count()}"))}");

        exitCodes.ShouldAllBe(code => code == 0, "a silo stopped with SIGTERM exits cleanly");
        answers.ShouldAllBe(a => a == HttpStatusCode.OK || a == HttpStatusCode.ServiceUnavailable || a == 0,
            "an answer other than 200 is 503 (try again) or no answer at all (the silo was not listening)");
        foreach (var received in new[] { onForward, onBackward })
        {
            var messages = await received.AtLeastAsync(acknowledged.Sum());
            var byDocument = messages.Select(TestCluster.Of).GroupBy(m => m.Document).OrderBy(g => g.Key).ToList();
            byDocument.Select(d => d.Select(m => m.Version)).ShouldBe(acknowledged.Select(count => Enumerable.Range(1, count)),
                "every acknowledged version of every document once, in order");
        }
    }

    /// <summary>
    /// Posts the versions of one document in order, 20 a second, each until acknowledged, moving to the next silo after a
    /// failure as a venue behind a load balancer would; returns how many versions were acknowledged.
    /// </summary>
    private static async Task<int> IngestAsync(
        TestCluster cluster, int document, ConcurrentBag<HttpStatusCode> answers, CancellationToken stop, CancellationToken bound)
    {
        var silo = document;
        var version = 0;
        while (!stop.IsCancellationRequested)
        {
            version++;
            HttpStatusCode answer;
            while ((answer = await TestCluster.PostResultAsync(cluster[silo % 3], document, version)) != HttpStatusCode.OK)
            {
                answers.Add(answer);
                silo++;
                await Task.Delay(100, bound);
            }

            answers.Add(answer);
            await Task.Delay(50, bound);
        }

        return version;
    }
}
