namespace Olympics.Orleans.Client.Tests;

/// <summary>
/// Two silos in one cluster on one PostgreSQL (membership and log) (real HTTP, real Orleans messaging between the silos): results
/// ingested on one reach a subscriber on the other through the results streams, and a subscriber whose silo goes
/// resumes on the other from its last token with no gap and no repeat.
/// </summary>
public sealed class ClusterSubscriptionTests
{
    [Fact]
    public async Task A_subscriber_gets_what_another_silo_ingested_and_resumes_on_that_silo_when_its_own_stops()
    {
        await using var primary = await PostgresSilo.StartClusterAsync();
        var second = await PostgresSilo.JoinAsync(primary);
        (await primary.ActiveSilosAsync()).ShouldBe(2, "the second silo joined the primary's cluster");
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(90)); // a bound on a hung test, not a timing assertion
        var received = new List<ResultMessage>();
        try
        {
            using var onSecond = second.Client();
            await using var results = onSecond.SubscribeResultsAsync(cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token);
            for (var version = 1; version <= 20; version++)
            {
                await primary.PostResultAsync(version);
            }

            received.AddRange(await Results.TakeAsync(results, 20));
        }
        finally
        {
            // The subscriber's silo leaves the cluster; its queues move to the primary.
            await second.DisposeAsync();
        }

        for (var version = 21; version <= 40; version++)
        {
            await primary.PostResultAsync(version);
        }

        using var onPrimary = primary.Client();
        await using var resumed = onPrimary.SubscribeResultsAsync(received[^1].Token, bound.Token).GetAsyncEnumerator(bound.Token);
        received.AddRange(await Results.TakeAsync(resumed, 20));

        received.Select(r => r.Message.Version).ShouldBe(Enumerable.Range(1, 40));
        received.Select(r => r.Token).Distinct().Count().ShouldBe(40);
    }
}
