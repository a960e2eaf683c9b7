using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.Tests;

public sealed class StreamSuggestionsTests
{
    [Fact]
    public async Task An_unknown_id_suggests_the_closest_ids_of_its_category_closest_first()
    {
        var store = new InMemoryEventStore();
        foreach (var id in new[] { "accreditation-79887735", "accreditation-79887736", "accreditation-11111111", "athlete-7988773" })
        {
            await store.AppendAsync(id, ExpectedVersion.NoStream, [new EventData(Guid.NewGuid(), "test.v1", "{}", EventMetadata.Empty)]);
        }

        var close = await StreamSuggestions.ForAsync(store, "accreditation-7988773");

        close.ShouldBe(["accreditation-79887735", "accreditation-79887736"]);
    }

    [Fact]
    public async Task A_mistyped_category_still_finds_the_stream()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync("accreditation-79887735", ExpectedVersion.NoStream, [new EventData(Guid.NewGuid(), "test.v1", "{}", EventMetadata.Empty)]);

        (await StreamSuggestions.ForAsync(store, "acreditation-79887735")).ShouldBe(["accreditation-79887735"]);
    }

    [Fact]
    public async Task Nothing_close_gives_no_suggestion_and_says_so()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync("session-ATH01", ExpectedVersion.NoStream, [new EventData(Guid.NewGuid(), "test.v1", "{}", EventMetadata.Empty)]);

        var error = await StreamSuggestions.NotFoundAsync(store, "session-ZZZZZZZZZZZZ");

        error.Message.ShouldBe("No stream 'session-ZZZZZZZZZZZZ' in the store, and none with a close id.");
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ATH01", "ATH01", 0)]
    [InlineData("ATH01", "ATH10", 2)]
    public void The_distance_is_the_edit_distance(string a, string b, int expected) =>
        StreamSuggestions.Distance(a, b, 10).ShouldBe(expected);
}
