namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Stream_ids_are_listed_by_prefix_in_ordinal_order()
    {
        var prefix = $"list{Guid.NewGuid():N}"[..16] + "-";
        string[] ids = [prefix + "b", prefix + "B", prefix + "a-1", prefix + "a"];
        foreach (var id in ids)
        {
            await Store.AppendAsync(id, ExpectedVersion.NoStream, Events.Range(1, 1));
        }

        await Store.AppendAsync(prefix[..^1] + "x", ExpectedVersion.NoStream, Events.Range(1, 1));

        var listed = await Store.ListStreamIdsAsync(prefix).ToListAsync();

        listed.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task A_prefix_no_stream_has_lists_nothing() =>
        (await Store.ListStreamIdsAsync($"none{Guid.NewGuid():N}-").ToListAsync()).ShouldBeEmpty();
}
