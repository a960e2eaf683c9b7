namespace Olympics.Orleans.EventStore.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task All_events_read_in_commit_order_across_streams()
    {
        var (a, b) = (Events.NewStreamId("alpha"), Events.NewStreamId("beta"));
        await Store.AppendAsync(a, ExpectedVersion.NoStream, Events.Range(1, 2));
        await Store.AppendAsync(b, ExpectedVersion.NoStream, Events.Range(3, 1));
        await Store.AppendAsync(a, 2, Events.Range(4, 1));

        var all = await Store.ReadAllSettledAsync(new ReadAllOptions(), 4);

        all.Select(e => (e.StreamId, e.StreamVersion)).ShouldBe([(a, 1), (a, 2), (b, 1), (a, 3)]);
        all.Select(e => e.Position).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task Reading_all_after_a_position_resumes_with_the_next_event_exactly()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.AppendAsync(Events.NewStreamId(), ExpectedVersion.NoStream, Events.Range(i, 1));
        }

        var all = await Store.ReadAllSettledAsync(new ReadAllOptions(), 5);
        var token = all[2].Position.ToToken();
        var rest = await Store.ReadAllSettledAsync(new ReadAllOptions(After: GlobalPosition.Parse(token)), 2);

        rest.Select(e => e.Id).ShouldBe(all.Skip(3).Select(e => e.Id));
    }

    [Fact]
    public async Task Reading_a_category_returns_only_its_streams()
    {
        var session = Events.NewStreamId("session");
        await Store.AppendAsync(Events.NewStreamId("venue"), ExpectedVersion.NoStream, Events.Range(1, 2));
        await Store.AppendAsync(session, ExpectedVersion.NoStream, Events.Range(3, 2));

        var read = await Store.ReadAllSettledAsync(new ReadAllOptions(Category: "session"), 2);

        read.Select(e => e.StreamId).Distinct().ShouldBe([session]);
        read.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Reading_all_stops_at_the_maximum_count()
    {
        await Store.AppendAsync(Events.NewStreamId(), ExpectedVersion.NoStream, Events.Range(1, 5));
        (await Store.ReadAllSettledAsync(new ReadAllOptions(MaxCount: 3), 3)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_last_position_of_a_category_is_its_last_readable_event_whatever_comes_after()
    {
        (await Store.GetLastPositionAsync("session")).ShouldBe(GlobalPosition.Start);
        var session = Events.NewStreamId("session");
        await Store.AppendAsync(session, ExpectedVersion.NoStream, Events.Range(1, 2));
        await Store.AppendAsync(Events.NewStreamId("venue"), ExpectedVersion.NoStream, Events.Range(3, 2));

        var all = await Store.ReadAllSettledAsync(new ReadAllOptions(), 4);

        (await Store.GetLastPositionAsync("session")).ShouldBe(all[1].Position);
        (await Store.GetLastPositionAsync()).ShouldBe(all[3].Position);
        (await Store.ReadAllAsync(new ReadAllOptions(await Store.GetLastPositionAsync("session"), "session")).ToListAsync()).ShouldBeEmpty();
    }
}
