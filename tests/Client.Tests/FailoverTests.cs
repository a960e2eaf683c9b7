namespace Olympics.Orleans.Client.Tests;

/// <summary>
/// A client given several silo addresses moves on from one it cannot reach, for requests and for the results stream;
/// tests/Cluster.Tests shows it resuming a stream when its silo is killed under ingest.
/// </summary>
public sealed class FailoverTests : IAsyncLifetime
{
    private PostgresSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await PostgresSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Requests_and_the_results_stream_go_to_the_next_address_when_the_first_cannot_be_reached()
    {
        using var client = new OlympicsClient(new OlympicsClientOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{PostgresSilo.FreePort()}/"), // nothing listens there
            FailoverAddresses = [_silo.Address],
            ApiKey = PostgresSilo.CisKey,
            Actor = "client-tests",
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(50),
        });
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(60)); // a bound on a hung test, not a timing assertion
        await _silo.PostResultAsync(1);

        var document = await client.GetDocumentAsync(PostgresSilo.DocumentKey, bound.Token);
        await using var results = client.SubscribeResultsAsync(cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token);

        document.ShouldNotBeNull().Message.Version.ShouldBe(1);
        (await Results.TakeAsync(results, 1)).ShouldHaveSingleItem().Message.Version.ShouldBe(1);
    }
}
