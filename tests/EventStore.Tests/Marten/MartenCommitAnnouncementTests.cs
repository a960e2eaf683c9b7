using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.EventStore.Tests.Marten;

/// <summary>
/// Two stores on one schema stand for two silos on one database. The reader's store polls only once a minute and runs
/// no high-water agent, so only the writer's announcement can bring it the commit within the test.
/// </summary>
public sealed class MartenCommitAnnouncementTests
{
    [Fact]
    public async Task A_commit_announced_by_another_process_wakes_this_process_follower_without_waiting_for_its_poll()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var writer = new MartenEventStore(new MartenEventStoreOptions
        {
            ConnectionString = TestPostgres.ConnectionString,
            Schema = schema,
            AnnouncedCategories = ["told"],
        });
        await writer.InitializeAsync(TestContext.Current.CancellationToken);
        await using var reader = new MartenEventStore(new MartenEventStoreOptions
        {
            ConnectionString = TestPostgres.ConnectionString,
            Schema = schema,
            RunHighWaterAgent = false,
            FallbackPollInterval = TimeSpan.FromMinutes(1),
        });
        await reader.InitializeAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(20));
        await using var following = reader.SubscribeAsync(new SubscriptionOptions(Category: "told"), deadline.Token).GetAsyncEnumerator(deadline.Token);
        var first = following.MoveNextAsync().AsTask();
        await Task.Delay(500, TestContext.Current.CancellationToken); // the reader listens and has read the empty log

        var stream = Events.NewStreamId("told");
        await writer.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 1), TestContext.Current.CancellationToken);

        (await first).ShouldBeTrue();
        following.Current.StreamId.ShouldBe(stream);
    }
}
