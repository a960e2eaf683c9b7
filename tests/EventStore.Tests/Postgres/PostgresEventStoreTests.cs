using Olympics.Orleans.EventStore.Postgres;

namespace Olympics.Orleans.EventStore.Tests.Postgres;

public sealed class PostgresEventStoreTests
{
    [Fact]
    public async Task Migrating_twice_and_from_several_silos_at_once_is_harmless()
    {
        var options = new PostgresEventStoreOptions { ConnectionString = TestPostgres.ConnectionString, Schema = TestPostgres.NewSchemaName() };
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresEventStore(options)).ToList();

        await Task.WhenAll(stores.Select(s => s.InitializeAsync()));
        await stores[0].InitializeAsync();
        await stores[1].AppendAsync(Events.NewStreamId(), ExpectedVersion.NoStream, Events.Range(1, 1));

        (await stores[2].ReadAllSettledAsync(new ReadAllOptions(), 1)).Count.ShouldBe(1);
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_live_subscription_is_woken_by_notification_not_by_polling()
    {
        await using var store = await TestStores.CreateStoreAsync(fallbackPoll: TimeSpan.FromHours(1));
        using var cts = new CancellationTokenSource();
        await using var subscription = store.SubscribeAsync(new SubscriptionOptions(), cts.Token).GetAsyncEnumerator(cts.Token);
        var first = subscription.MoveNextAsync().AsTask();
        await Task.Delay(200);

        await store.AppendAsync(Events.NewStreamId(), ExpectedVersion.NoStream, Events.Range(1, 1));

        (await first.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBeTrue();
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_category_subscription_is_woken_by_a_commit_of_its_category_appended_or_bulk_imported()
    {
        await using var store = await TestStores.CreateStoreAsync(fallbackPoll: TimeSpan.FromHours(1));
        using var cts = new CancellationTokenSource();
        await using var subscription = store.SubscribeAsync(new SubscriptionOptions(Category: "woken"), cts.Token).GetAsyncEnumerator(cts.Token);
        var first = subscription.MoveNextAsync().AsTask();
        await Task.Delay(200);

        await store.AppendAsync(Events.NewStreamId("other"), ExpectedVersion.NoStream, Events.Range(1, 1));
        await store.AppendAsync(Events.NewStreamId("woken"), ExpectedVersion.NoStream, Events.Range(1, 1));

        (await first.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBeTrue();
        subscription.Current.StreamId.ShouldStartWith("woken-");
        var second = subscription.MoveNextAsync().AsTask();
        await Task.Delay(200);
        await store.BulkAppendAsync([new StreamImport(Events.NewStreamId("woken"), Events.Range(1, 1))]);
        (await second.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBeTrue();
        await cts.CancelAsync();
    }

    [Fact]
    public async Task The_commit_notification_names_the_categories_written()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var store = await TestStores.CreateStoreAsync(schema: schema);
        await using var listener = await TestStores.OpenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add(e.Payload);
        await using (var listen = new Npgsql.NpgsqlCommand($"LISTEN {schema}_events", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await store.BulkAppendAsync([new StreamImport(Events.NewStreamId("alpha"), Events.Range(1, 1)), new StreamImport(Events.NewStreamId("beta"), Events.Range(1, 2))]);
        await listener.WaitAsync(TimeSpan.FromSeconds(20));

        var (sender, categories) = CommitNotification.Parse(payloads.ShouldHaveSingleItem());
        sender.ShouldNotBeNull();
        categories.Order().ShouldBe(["alpha", "beta"]);
    }

    [Fact]
    public async Task A_subscription_of_one_silo_is_woken_by_another_silos_commit_through_the_notification()
    {
        // Two stores on one schema stand for two silos; with a one-hour fallback poll only the notification can wake it.
        var schema = TestPostgres.NewSchemaName();
        await using var reading = await TestStores.CreateStoreAsync(fallbackPoll: TimeSpan.FromHours(1), schema: schema);
        await using var writing = await TestStores.CreateStoreAsync(fallbackPoll: TimeSpan.FromHours(1), schema: schema);
        using var cts = new CancellationTokenSource();
        await using var subscription = reading.SubscribeAsync(new SubscriptionOptions(Category: "remote"), cts.Token).GetAsyncEnumerator(cts.Token);
        var first = subscription.MoveNextAsync().AsTask();
        await Task.Delay(300);

        await writing.AppendAsync(Events.NewStreamId("other"), ExpectedVersion.NoStream, Events.Range(1, 1));
        await Task.Delay(300);
        first.IsCompleted.ShouldBeFalse("a commit of another category does not wake it");
        await writing.AppendAsync(Events.NewStreamId("remote"), ExpectedVersion.NoStream, Events.Range(1, 1));

        (await first.WaitAsync(TimeSpan.FromSeconds(20))).ShouldBeTrue();
        subscription.Current.StreamId.ShouldStartWith("remote-");
        await cts.CancelAsync();
    }

    [Fact]
    public async Task Subscriptions_of_one_category_share_their_reads_and_each_still_gets_every_event_once_in_order()
    {
        const int Subscribers = 4, Appends = 60;
        await using var store = await TestStores.CreateStoreAsync(fallbackPoll: TimeSpan.FromHours(1));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var category = "shared" + Guid.NewGuid().ToString("N")[..6];
        var subscriptions = Enumerable.Range(0, Subscribers).Select(_ => Task.Run(async () =>
        {
            var seen = new List<StoredEvent>();
            await foreach (var e in store.SubscribeAsync(new SubscriptionOptions(Category: category), cts.Token))
            {
                seen.Add(e);
                if (seen.Count == Appends)
                {
                    return seen;
                }
            }

            return seen;
        })).ToList();
        await Task.Delay(300);

        var appended = new List<GlobalPosition>();
        for (var i = 0; i < Appends; i++)
        {
            appended.Add((await store.AppendAsync($"{category}-{i % 7}", ExpectedVersion.Any, Events.Range(i, 1))).LastPosition);
        }

        foreach (var seen in await Task.WhenAll(subscriptions))
        {
            seen.Select(e => e.Position).ShouldBe(appended);
        }

        store.Reads.Joined.ShouldBeGreaterThan(0, "subscriptions woken by the same commit at the same position read once");
    }

    [Fact]
    public async Task No_trigger_notifies_inside_the_appending_transaction()
    {
        // A NOTIFY inside an append makes PostgreSQL hold its notification lock from that transaction's commit start to
        // its end (the WAL flush included), so concurrent appends would commit one at a time ("Lock: object").
        var schema = TestPostgres.NewSchemaName();
        await using var store = await TestStores.CreateStoreAsync(schema: schema);
        await using var connection = await TestStores.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND NOT t.tgisinternal",
            connection);

        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
    }

    [Theory]
    [InlineData("Olympics", "Schema")]
    [InlineData("x; drop table", "Schema")]
    [InlineData("", "Schema")]
    public void Unusable_options_are_refused_naming_the_setting(string schema, string setting)
    {
        var error = Should.Throw<ArgumentException>(() =>
            new PostgresEventStore(new PostgresEventStoreOptions { ConnectionString = "Host=localhost", Schema = schema }));
        error.ParamName.ShouldBe(setting);
    }

    [Fact]
    public async Task Event_timestamps_come_back_in_utc()
    {
        await using var store = await TestStores.CreateStoreAsync();
        var stream = Events.NewStreamId();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        await store.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 1));

        var stored = (await store.ReadStreamAsync(stream).ToListAsync()).Single();

        stored.Timestamp.Offset.ShouldBe(TimeSpan.Zero);
        stored.Timestamp.ShouldBeGreaterThan(before);
    }
}
