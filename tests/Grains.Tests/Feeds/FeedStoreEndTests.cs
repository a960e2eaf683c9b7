using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Feeds;

namespace Olympics.Orleans.Grains.Tests.Feeds;

/// <summary>Where the hub starts: the last readable "odf" event, found without reading the history.</summary>
public sealed class FeedStoreEndTests
{
    public static TheoryData<string> Stores => new() { "memory", "postgres" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task The_end_is_the_last_odf_event_however_many_other_events_come_between_and_after(string kind)
    {
        await using var feed = await FeedHubHarness.OnAsync(kind);
        var ct = TestContext.Current.CancellationToken;
        (await feed.Store.GetLastPositionAsync("odf", ct)).ShouldBe(GlobalPosition.Start);

        var last = GlobalPosition.Start;
        for (var i = 1; i <= 40; i++)
        {
            // Irregular gaps of other categories' transactions, so the search has to gallop and bisect.
            for (var j = 0; j < i * 7 % 11; j++)
            {
                await feed.StoreOtherAsync($"other-{i}-{j}");
            }

            last = await feed.StoreAsync(FeedStore.Header(i));
            (await EndOnceReadableAsync(feed, last)).ShouldBe(last);
        }

        await feed.StoreOtherAsync("other-after");
        (await EndOnceReadableAsync(feed, last)).ShouldBe(last);
    }

    [Fact]
    public async Task The_end_of_a_transaction_with_many_events_is_its_last_event()
    {
        await using var feed = FeedHubHarness.InMemory();
        var ct = TestContext.Current.CancellationToken;
        await feed.StoreAsync(FeedStore.Header(1));
        var events = Enumerable.Range(0, 250).Select(_ => EventData.Create("test.other.v1", "{}")).ToList();

        var result = await feed.Store.AppendAsync("odf-bulk", ExpectedVersion.Any, events, ct);

        (await feed.Store.GetLastPositionAsync("odf", ct)).ShouldBe(result.LastPosition);
    }

    // On PostgreSQL an event is readable once every older transaction of the server has ended, and tests running
    // beside this one hold some open for a moment: the end found may lag behind the last append, never pass it.
    private static async Task<GlobalPosition> EndOnceReadableAsync(FeedHubHarness feed, GlobalPosition last)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var end = await feed.Store.GetLastPositionAsync("odf", TestContext.Current.CancellationToken);
            end.ShouldBeLessThanOrEqualTo(last);
            if (end == last || DateTime.UtcNow > deadline)
            {
                return end;
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
