namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task A_subscription_reads_history_then_follows_live_commits()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 3));
        using var cts = new CancellationTokenSource();
        await using var subscription = Store.SubscribeAsync(new SubscriptionOptions(BatchSize: 2), cts.Token).GetAsyncEnumerator(cts.Token);

        var history = await subscription.TakeAsync(3);
        await Store.AppendAsync(stream, 3, Events.Range(4, 2));
        var live = await subscription.TakeAsync(2);

        history.Concat(live).Select(e => e.StreamVersion).ShouldBe([1, 2, 3, 4, 5]);
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_subscription_resumed_from_a_token_continues_without_gap_or_duplicate()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 4));
        var all = await Store.ReadAllSettledAsync(new ReadAllOptions(), 4);
        using var cts = new CancellationTokenSource();
        var after = GlobalPosition.Parse(all[1].Position.ToToken());
        await using var subscription = Store.SubscribeAsync(new SubscriptionOptions(after), cts.Token).GetAsyncEnumerator(cts.Token);

        var resumed = await subscription.TakeAsync(2);
        await Store.AppendAsync(stream, 4, Events.Range(5, 1));
        resumed.AddRange(await subscription.TakeAsync(1));

        resumed.Select(e => e.StreamVersion).ShouldBe([3, 4, 5]);
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_category_subscription_sees_only_its_category()
    {
        using var cts = new CancellationTokenSource();
        await using var subscription = Store.SubscribeAsync(new SubscriptionOptions(Category: "session"), cts.Token).GetAsyncEnumerator(cts.Token);
        var session = Events.NewStreamId("session");

        await Store.AppendAsync(Events.NewStreamId("venue"), ExpectedVersion.NoStream, Events.Range(1, 3));
        await Store.AppendAsync(session, ExpectedVersion.NoStream, Events.Range(4, 1));

        (await subscription.TakeAsync(1)).Single().StreamId.ShouldBe(session);
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_subscription_ends_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        var subscription = Store.SubscribeAsync(new SubscriptionOptions(), cts.Token).GetAsyncEnumerator(cts.Token);
        var next = subscription.MoveNextAsync().AsTask();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromSeconds(20)));
        await subscription.DisposeAsync();
    }
}
