namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Appending_to_a_new_stream_numbers_events_from_one()
    {
        var stream = Events.NewStreamId();
        var result = await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 3));

        result.StreamVersion.ShouldBe(3);
        var read = await Store.ReadStreamAsync(stream).ToListAsync();
        read.Select(e => e.StreamVersion).ShouldBe([1, 2, 3]);
        read.Select(e => e.Data.Replace(" ", "", StringComparison.Ordinal)).ShouldBe(["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"]);
        read[0].Type.ShouldBe("test.numbered.v1");
        read[0].Metadata.ShouldBe(new EventMetadata("corr-1", "cause-1", "tester", "0af7651916cd43dd8448eb211c80319c"));
        read[^1].Position.ShouldBe(result.LastPosition);
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(3);
    }

    [Fact]
    public async Task Appending_at_the_expected_version_continues_the_stream()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 2));
        var result = await Store.AppendAsync(stream, 2, Events.Range(3, 2));

        result.StreamVersion.ShouldBe(4);
        (await Store.ReadStreamAsync(stream).ToListAsync()).Select(e => e.StreamVersion).ShouldBe([1, 2, 3, 4]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(ExpectedVersion.NoStream)]
    public async Task Appending_at_a_wrong_version_throws_a_concurrency_exception_and_writes_nothing(long expected)
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 2));

        var error = await Should.ThrowAsync<ConcurrencyException>(() => Store.AppendAsync(stream, expected, Events.Range(3, 3)));

        error.StreamId.ShouldBe(stream);
        error.ExpectedVersion.ShouldBe(expected);
        error.ActualVersion.ShouldBe(2);
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(2);
        (await Store.ReadStreamAsync(stream).ToListAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Appending_at_a_version_to_a_missing_stream_is_a_conflict()
    {
        var stream = Events.NewStreamId();
        await Should.ThrowAsync<ConcurrencyException>(() => Store.AppendAsync(stream, 3, Events.Range(1, 1)));
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(0);
    }

    [Fact]
    public async Task Appending_with_any_version_appends_to_new_and_existing_streams()
    {
        var stream = Events.NewStreamId();
        (await Store.AppendAsync(stream, ExpectedVersion.Any, Events.Range(1, 1))).StreamVersion.ShouldBe(1);
        (await Store.AppendAsync(stream, ExpectedVersion.Any, Events.Range(2, 2))).StreamVersion.ShouldBe(3);
    }

    [Fact]
    public async Task Concurrent_writers_at_the_same_version_let_exactly_one_win()
    {
        var stream = Events.NewStreamId();
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 1));

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.AppendAsync(stream, 1, Events.Range(100 + i, 2));
                return true;
            }
            catch (ConcurrencyException)
            {
                return false;
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        outcomes.Count(won => won).ShouldBe(1);
        (await Store.ReadStreamAsync(stream).ToListAsync()).Select(e => e.StreamVersion).ShouldBe([1, 2, 3]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_stream_id_is_refused(string stream) =>
        (await Should.ThrowAsync<ArgumentException>(() => Store.AppendAsync(stream, ExpectedVersion.Any, Events.Range(1, 1))))
            .Message.ShouldContain("Stream id");

    [Fact]
    public async Task Data_that_is_not_json_is_refused_and_nothing_of_the_batch_is_written()
    {
        var stream = Events.NewStreamId();
        EventData[] batch = [Events.Numbered(1), EventData.Create("test.bad.v1", "{not json")];

        (await Should.ThrowAsync<ArgumentException>(() => Store.AppendAsync(stream, ExpectedVersion.Any, batch)))
            .Message.ShouldContain("test.bad.v1");
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(0);
    }

    [Fact]
    public async Task An_empty_batch_is_refused() =>
        await Should.ThrowAsync<ArgumentException>(() => Store.AppendAsync(Events.NewStreamId(), ExpectedVersion.Any, []));

    [Fact]
    public async Task Data_with_a_nul_character_is_refused_by_both_stores_alike()
    {
        var stream = Events.NewStreamId();
        var error = await Should.ThrowAsync<ArgumentException>(() =>
            Store.AppendAsync(stream, ExpectedVersion.Any, [EventData.Create("test.nul.v1", """{"name":"a\u0000b"}""")]));

        error.Message.ShouldContain("test.nul.v1");
        error.Message.ShouldContain("u0000");
        (await Store.GetStreamVersionAsync(stream)).ShouldBe(0);
        await Store.AppendAsync(stream, ExpectedVersion.Any, [EventData.Create("test.escaped.v1", """{"name":"tab\there \u00e9"}""")]);
    }

    [Fact]
    public async Task Counts_below_one_are_refused_naming_the_option()
    {
        (await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Store.ReadAllAsync(new ReadAllOptions(MaxCount: 0)).ToListAsync()))
            .ParamName.ShouldBe("MaxCount");
        (await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Store.ReadStreamAsync("x-1", new ReadStreamOptions(MaxCount: -1)).ToListAsync()))
            .ParamName.ShouldBe("MaxCount");
        (await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Store.SubscribeAsync(new SubscriptionOptions(BatchSize: 0)).GetAsyncEnumerator().MoveNextAsync().AsTask()))
            .ParamName.ShouldBe("BatchSize");
    }
}
