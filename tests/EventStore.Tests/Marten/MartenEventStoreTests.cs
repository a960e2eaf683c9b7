using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.EventStore.Tests.Marten;

public sealed class MartenEventStoreTests
{
    [Fact]
    public async Task Two_stores_initializing_one_fresh_schema_at_once_both_succeed_and_share_it()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var first = MartenTestStores.Create(schema);
        await using var second = MartenTestStores.Create(schema);

        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());

        var stream = Events.NewStreamId();
        await first.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 2), TestContext.Current.CancellationToken);
        (await second.GetStreamVersionAsync(stream, TestContext.Current.CancellationToken)).ShouldBe(2);
        await second.CheckHealthAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("Host=db;Username=u", 64)]
    [InlineData("Host=db;Username=u;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=u;maxautoprepare=8", 8)]
    public void The_store_prepares_its_statements_unless_the_connection_string_says_otherwise(string given, int expected)
    {
        var built = new Npgsql.NpgsqlConnectionStringBuilder(MartenEventStore.ConnectionStringFor(new MartenEventStoreOptions { ConnectionString = given }));

        built.MaxAutoPrepare.ShouldBe(expected);
        built.NoResetOnClose.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Host=db;Username=u", MartenEventStore.BufferSize, MartenEventStore.BufferSize)]
    [InlineData("Host=db;Username=u;Read Buffer Size=8192;WriteBufferSize=16384", 8192, 16384)]
    public void The_store_reads_and_writes_through_larger_buffers_unless_the_connection_string_says_otherwise(string given, int read, int write)
    {
        var built = new Npgsql.NpgsqlConnectionStringBuilder(MartenEventStore.ConnectionStringFor(new MartenEventStoreOptions { ConnectionString = given }));

        (built.ReadBufferSize, built.WriteBufferSize).ShouldBe((read, write));
    }

    [Fact]
    public async Task A_position_from_the_transaction_ordered_store_is_refused_with_the_reason()
    {
        await using var store = await MartenTestStores.CreateStoreAsync();
        var foreign = new GlobalPosition(12345, 7);

        var error = await Should.ThrowAsync<ArgumentException>(() => store.ReadAllAsync(new ReadAllOptions(After: foreign)).ToListAsync());

        error.Message.ShouldContain("transaction-ordered");
    }

    [Fact]
    public async Task Concurrent_appends_with_any_version_to_one_stream_all_succeed_without_burning_a_sequence()
    {
        var schema = TestPostgres.NewSchemaName();
        await using var store = await MartenTestStores.CreateStoreAsync(schema);
        var stream = Events.NewStreamId();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => store.AppendAsync(stream, ExpectedVersion.Any, Events.Range(i, 1))));

        results.Select(r => r.StreamVersion).Order().ShouldBe(Enumerable.Range(1, 16).Select(v => (long)v));
        (await store.GetStreamVersionAsync(stream, TestContext.Current.CancellationToken)).ShouldBe(16);
        // A sequence number taken by a failed insert is a gap that holds every follower back until the high-water
        // agent skips it: a lost race must fail before taking one.
        await using var connection = await TestStores.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT last_value FROM {schema}.mt_events_sequence", connection);
        (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(16L);
    }
}
