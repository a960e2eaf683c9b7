namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task The_latest_snapshot_is_loaded_or_the_latest_at_or_below_a_version()
    {
        var stream = Events.NewStreamId();
        await Store.SaveSnapshotAsync(new StreamSnapshot(stream, 5, "test.state.v1", """{"total":5}"""));
        await Store.SaveSnapshotAsync(new StreamSnapshot(stream, 10, "test.state.v1", """{"total":10}"""));

        (await Store.LoadSnapshotAsync(stream))!.Version.ShouldBe(10);
        var older = await Store.LoadSnapshotAsync(stream, maxVersion: 7);
        older!.Version.ShouldBe(5);
        older.Data.Replace(" ", "", StringComparison.Ordinal).ShouldBe("""{"total":5}""");
        older.Type.ShouldBe("test.state.v1");
        (await Store.LoadSnapshotAsync(stream, maxVersion: 4)).ShouldBeNull();
    }

    [Fact]
    public async Task Saving_a_snapshot_at_the_same_version_replaces_it()
    {
        var stream = Events.NewStreamId();
        await Store.SaveSnapshotAsync(new StreamSnapshot(stream, 3, "test.state.v1", """{"total":1}"""));
        await Store.SaveSnapshotAsync(new StreamSnapshot(stream, 3, "test.state.v2", """{"total":3}"""));

        (await Store.LoadSnapshotAsync(stream))!.Type.ShouldBe("test.state.v2");
    }
}
