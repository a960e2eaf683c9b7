namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task A_bulk_append_creates_every_stream_with_its_events()
    {
        var imports = Enumerable.Range(0, 50).Select(i => new StreamImport(Events.NewStreamId("import"), Events.Range(i * 10, 1 + (i % 3)))).ToList();

        var result = await Store.BulkAppendAsync(imports);

        result.ShouldBe(new BulkAppendResult(50, imports.Sum(s => s.Events.Count)));
        var third = await Store.ReadStreamAsync(imports[2].StreamId).ToListAsync();
        third.Select(e => e.StreamVersion).ShouldBe([1, 2, 3]);
        third.Select(e => e.Id).ShouldBe(imports[2].Events.Select(e => e.Id));
        (await Store.ReadAllSettledAsync(new ReadAllOptions(Category: "import", MaxCount: 1000), (int)result.Events)).Count.ShouldBe((int)result.Events);
    }

    [Fact]
    public async Task A_bulk_append_that_meets_an_existing_stream_writes_nothing()
    {
        var existing = Events.NewStreamId();
        await Store.AppendAsync(existing, ExpectedVersion.NoStream, Events.Range(1, 1));
        var fresh = Events.NewStreamId();

        var error = await Should.ThrowAsync<ConcurrencyException>(() => Store.BulkAppendAsync(
            [new StreamImport(fresh, Events.Range(1, 2)), new StreamImport(existing, Events.Range(1, 1))]));

        error.StreamId.ShouldBe(existing);
        (await Store.GetStreamVersionAsync(fresh)).ShouldBe(0);
        (await Store.GetStreamVersionAsync(existing)).ShouldBe(1);
    }

    [Fact]
    public async Task A_bulk_append_naming_a_stream_twice_is_refused()
    {
        var stream = Events.NewStreamId();
        (await Should.ThrowAsync<ArgumentException>(() => Store.BulkAppendAsync(
            [new StreamImport(stream, Events.Range(1, 1)), new StreamImport(stream, Events.Range(2, 1))]))).Message.ShouldContain(stream);
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(0);
    }

    [Fact]
    public async Task Existing_streams_are_found_among_many_ids()
    {
        var (a, b) = (Events.NewStreamId(), Events.NewStreamId());
        await Store.BulkAppendAsync([new StreamImport(a, Events.Range(1, 1)), new StreamImport(b, Events.Range(1, 1))]);

        var found = await Store.FindExistingStreamsAsync([a, Events.NewStreamId(), b, Events.NewStreamId()]);

        found.OrderBy(s => s, StringComparer.Ordinal).ShouldBe(new[] { a, b }.OrderBy(s => s, StringComparer.Ordinal));
        (await Store.FindExistingStreamsAsync([])).ShouldBeEmpty();
    }
}
