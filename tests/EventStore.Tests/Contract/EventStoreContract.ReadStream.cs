namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task A_stream_reads_backward_newest_first()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 4));

        var read = await Store.ReadStreamAsync(stream, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 2)).ToListAsync();

        read.Select(e => e.StreamVersion).ShouldBe([4, 3]);
    }

    [Fact]
    public async Task A_stream_reads_a_version_range()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 6));

        (await Store.ReadStreamAsync(stream, new ReadStreamOptions(FromVersion: 2, ToVersion: 4)).ToListAsync())
            .Select(e => e.StreamVersion).ShouldBe([2, 3, 4]);
        (await Store.ReadStreamAsync(stream, new ReadStreamOptions(ToVersion: 2)).ToListAsync())
            .Select(e => e.StreamVersion).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task A_stream_reads_as_of_a_point_in_time()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 2));
        await Task.Delay(20);
        await Store.AppendAsync(stream, 2, Events.Range(3, 2));
        var all = await Store.ReadStreamAsync(stream).ToListAsync();

        var asOfFirstCommit = await Store.ReadStreamAsync(stream, new ReadStreamOptions(AsOf: all[1].Timestamp)).ToListAsync();

        all[2].Timestamp.ShouldBeGreaterThan(all[1].Timestamp);
        asOfFirstCommit.Select(e => e.StreamVersion).ShouldBe([1, 2]);
        all.ShouldAllBe(e => e.Timestamp.Offset == TimeSpan.Zero);
    }

    [Fact]
    public async Task A_missing_stream_reads_empty_at_version_zero()
    {
        var stream = Events.NewStreamId();
        (await Store.ReadStreamAsync(stream).ToListAsync()).ShouldBeEmpty();
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(0);
    }
}
