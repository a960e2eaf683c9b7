using System.Net;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Client.Tests;

/// <summary>The SDK's results subscription against a real silo on PostgreSQL, across a silo restart.</summary>
public sealed class ResultSubscriptionTests : IAsyncLifetime
{
    private PostgresSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await PostgresSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task The_subscription_yields_posted_messages_in_order_with_tokens()
    {
        using var client = _silo.Client();
        using var bound = Bound();
        await using var results = client.SubscribeResultsAsync(cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token);
        await _silo.PostResultAsync(1);
        await _silo.PostResultAsync(2, "9.78");

        var received = await Results.TakeAsync(results, 2);

        received.Select(r => r.Message.Version).ShouldBe([1, 2]);
        received.Select(r => r.Message.DocumentKey).ShouldAllBe(k => k == PostgresSilo.DocumentKey);
        received[1].Message.Xml.ShouldContain("9.78");
        received.Select(r => r.Token).ShouldAllBe(t => !string.IsNullOrEmpty(t));
        received[0].Token.ShouldNotBe(received[1].Token);
    }

    [Fact]
    public async Task A_subscription_started_after_a_token_continues_with_the_next_message()
    {
        using var client = _silo.Client();
        using var bound = Bound();
        await _silo.PostResultAsync(1);
        await _silo.PostResultAsync(2);
        await _silo.PostResultAsync(3);
        await using (var first = client.SubscribeResultsAsync(cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token))
        {
            var token = (await Results.TakeAsync(first, 1))[0].Token;
            await using var resumed = client.SubscribeResultsAsync(token, bound.Token).GetAsyncEnumerator(bound.Token);

            (await Results.TakeAsync(resumed, 2)).Select(r => r.Message.Version).ShouldBe([2, 3]);
        }
    }

    [Fact]
    public async Task A_silo_restart_mid_stream_loses_nothing_and_repeats_nothing()
    {
        using var client = _silo.Client();
        using var bound = Bound();
        await using var results = client.SubscribeResultsAsync(cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token);
        await _silo.PostResultAsync(1);
        await _silo.PostResultAsync(2);
        var before = await Results.TakeAsync(results, 2);
        await _silo.PostResultAsync(3); // stored, maybe not yet read when the silo goes

        var (schema, port) = (_silo.Schema, _silo.Port);
        await _silo.DisposeAsync();
        _silo = await PostgresSilo.StartInSchemaAsync(schema, port);
        await _silo.PostResultAsync(4);
        await _silo.PostResultAsync(5);
        var after = await Results.TakeAsync(results, 3);

        before.Concat(after).Select(r => r.Message.Version).ShouldBe([1, 2, 3, 4, 5]);
        before.Concat(after).Select(r => r.Token).Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public async Task A_stream_subscription_yields_the_streams_messages_after_the_token()
    {
        using var client = _silo.Client();
        using var bound = Bound();
        await _silo.PostResultAsync(1);
        await _silo.PostResultAsync(2);
        await using var all = client.SubscribeResultsAsync(FeedStreamId.Discipline("ATH"), cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token);
        var first = (await Results.TakeAsync(all, 1))[0];
        await using var resumed = client.SubscribeResultsAsync(FeedStreamId.Discipline("ATH"), first.Token, bound.Token).GetAsyncEnumerator(bound.Token);

        (await Results.TakeAsync(resumed, 1)).Single().Message.Version.ShouldBe(2);
        first.Message.Version.ShouldBe(1);
    }

    [Fact]
    public async Task A_subscription_from_now_yields_only_what_comes_after_it_even_across_a_silo_restart_before_its_first_message()
    {
        using var client = _silo.Client();
        using var bound = Bound();
        await _silo.PostResultAsync(1);
        await _silo.PostResultAsync(2);
        await using (var earlier = client.SubscribeResultsAsync(cancellationToken: bound.Token).GetAsyncEnumerator(bound.Token))
        {
            (await Results.TakeAsync(earlier, 2)).Select(r => r.Message.Version).ShouldBe([1, 2], "the silo has both before the live start");
        }

        // Slow to reconnect, so that the restarted silo has stored 3 and 4 before the subscription comes back.
        using var patient = new OlympicsClient(new OlympicsClientOptions
        {
            BaseAddress = _silo.Address, ApiKey = PostgresSilo.CisKey, RetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromSeconds(5),
        });
        await using var live = patient.SubscribeResultsAsync(FeedStreamId.Feed, FeedStart.Now, bound.Token).GetAsyncEnumerator(bound.Token);
        var pending = live.MoveNextAsync().AsTask();
        await Task.Delay(1000, bound.Token); // connected at the live edge, which the stream named at once
        var (schema, port) = (_silo.Schema, _silo.Port);
        await _silo.DisposeAsync();
        _silo = await PostgresSilo.StartInSchemaAsync(schema, port);
        await _silo.PostResultAsync(3); // after the start; a new live edge, after 4, would skip both
        await _silo.PostResultAsync(4);

        (await pending).ShouldBeTrue();
        var first = live.Current;
        var second = (await Results.TakeAsync(live, 1)).Single();

        (first.Message.Version, second.Message.Version).ShouldBe((3, 4));
    }

    [Fact]
    public async Task A_stream_outside_the_keys_disciplines_ends_the_subscription_with_403()
    {
        using var client = _silo.Client(PostgresSilo.SwimmingKey);
        using var bound = Bound();

        var refused = await Should.ThrowAsync<OlympicsApiException>(async () =>
        {
            await foreach (var _ in client.SubscribeResultsAsync(FeedStreamId.Discipline("ATH"), cancellationToken: bound.Token))
            {
            }
        });

        refused.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_wrong_key_ends_the_subscription_with_401()
    {
        using var client = _silo.Client("not-a-consumer-key-0123456789");
        using var bound = Bound();

        var refused = await Should.ThrowAsync<OlympicsApiException>(async () =>
        {
            await foreach (var _ in client.SubscribeResultsAsync(cancellationToken: bound.Token))
            {
            }
        });

        refused.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Cancelling_stops_the_subscription()
    {
        using var client = _silo.Client();
        using var bound = Bound();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(bound.Token);
        await _silo.PostResultAsync(1);
        var seen = 0;

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.SubscribeResultsAsync(cancellationToken: stop.Token))
            {
                seen++;
                await stop.CancelAsync();
            }
        });

        seen.ShouldBe(1);
        bound.IsCancellationRequested.ShouldBeFalse();
    }

    private static CancellationTokenSource Bound()
    {
        // A bound on a hung test, not a timing assertion.
        var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(60));
        return bound;
    }
}
