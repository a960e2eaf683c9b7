using Marten;
using Marten.Services;
using Npgsql;
using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.EventStore.Tests.Marten;

/// <summary>
/// Transaction A takes its sequence first but commits last; B commits in between. A reader that resumed after the
/// highest sequence it saw would read B and never see A. Readers stop at A's gap while A's transaction is alive (and
/// Marten's high-water mark holds there too), so followers must deliver A, then B. Runs alone with the other
/// late-commit tests.
/// </summary>
[Collection(nameof(MartenLateCommitTests))]
public sealed class MartenLateCommitTests : IAsyncLifetime
{
    private MartenEventStore _store = null!;

    public async ValueTask InitializeAsync() => _store = await MartenTestStores.CreateStoreAsync();

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_reader_never_skips_an_event_committed_late_by_an_earlier_transaction()
    {
        var (streamA, streamB) = (Events.NewStreamId("late"), Events.NewStreamId("late"));
        await using var connectionA = await TestStores.OpenAsync();
        await using var transactionA = await connectionA.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await AppendInOpenTransactionAsync(transactionA, streamA);

        var resultB = await _store.AppendAsync(streamB, ExpectedVersion.NoStream, Events.Range(2, 1), TestContext.Current.CancellationToken);
        await Task.Delay(1000, TestContext.Current.CancellationToken); // many high-water polls: B must still be held back
        var whileAIsOpen = await _store.ReadAllAsync(new ReadAllOptions(Category: "late")).ToListAsync();
        var resumeFrom = whileAIsOpen.Count == 0 ? (GlobalPosition?)null : whileAIsOpen[^1].Position;
        await transactionA.CommitAsync(TestContext.Current.CancellationToken);
        var afterACommitted = await _store.ReadAllSettledAsync(new ReadAllOptions(After: resumeFrom, Category: "late"), 2 - whileAIsOpen.Count);

        whileAIsOpen.ShouldBeEmpty("B must stay behind the high-water mark while the earlier transaction A is open");
        afterACommitted.Select(e => e.StreamId).ShouldBe([streamA, streamB]);
        afterACommitted[0].Position.ShouldBeLessThan(resultB.LastPosition, "A took the lower sequence: ordering by sequence alone would have skipped it");
    }

    [Fact]
    public async Task A_live_subscription_delivers_the_late_commit_before_the_early_one()
    {
        using var cts = new CancellationTokenSource();
        await using var subscription = _store.SubscribeAsync(new SubscriptionOptions(Category: "late"), cts.Token).GetAsyncEnumerator(cts.Token);
        var (streamA, streamB) = (Events.NewStreamId("late"), Events.NewStreamId("late"));
        await using var connectionA = await TestStores.OpenAsync();
        await using var transactionA = await connectionA.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await AppendInOpenTransactionAsync(transactionA, streamA);
        await _store.AppendAsync(streamB, ExpectedVersion.NoStream, Events.Range(2, 1), TestContext.Current.CancellationToken);
        var pending = subscription.TakeAsync(2);

        await Task.Delay(500, TestContext.Current.CancellationToken);
        pending.IsCompleted.ShouldBeFalse("nothing may be delivered while A could still commit in front of B");
        await transactionA.CommitAsync(TestContext.Current.CancellationToken);

        (await pending).Select(e => e.StreamId).ShouldBe([streamA, streamB]);
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_follower_behind_that_reads_the_next_page_ahead_still_stops_at_a_late_commit()
    {
        var history = Events.NewStreamId("ahead");
        await _store.AppendAsync(history, ExpectedVersion.NoStream, Events.Range(1, 7), TestContext.Current.CancellationToken);
        var (streamA, streamB) = (Events.NewStreamId("ahead"), Events.NewStreamId("ahead"));
        await using var connectionA = await TestStores.OpenAsync();
        await using var transactionA = await connectionA.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await AppendInOpenTransactionAsync(transactionA, streamA);
        await _store.AppendAsync(streamB, ExpectedVersion.NoStream, Events.Range(1, 1), TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();
        await using var subscription = _store.SubscribeAsync(new SubscriptionOptions(Category: "ahead", BatchSize: 2), cts.Token).GetAsyncEnumerator(cts.Token);

        // Full pages of two: each one starts the read of the next while it is delivered.
        var before = await subscription.TakeAsync(7);
        var pending = subscription.TakeAsync(2);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        pending.IsCompleted.ShouldBeFalse("a page read ahead must not carry the follower past A's gap");
        await transactionA.CommitAsync(TestContext.Current.CancellationToken);

        before.Select(e => e.StreamVersion).ShouldBe([1L, 2L, 3L, 4L, 5L, 6L, 7L]);
        (await pending).Select(e => e.StreamId).ShouldBe([streamA, streamB]);
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_bulk_append_does_not_carry_readers_past_an_append_still_open_below_it()
    {
        var (open, imported) = (Events.NewStreamId("bulkgap"), Events.NewStreamId("bulkgap"));
        await using var connection = await TestStores.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await AppendInOpenTransactionAsync(transaction, open);

        await _store.BulkAppendAsync([new StreamImport(imported, Events.Range(1, 2))], TestContext.Current.CancellationToken);
        await Task.Delay(1000, TestContext.Current.CancellationToken); // many high-water polls
        var whileOpen = await _store.ReadAllAsync(new ReadAllOptions(Category: "bulkgap")).ToListAsync();
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        var resumeFrom = whileOpen.Count == 0 ? (GlobalPosition?)null : whileOpen[^1].Position;
        var afterCommit = await _store.ReadAllSettledAsync(new ReadAllOptions(After: resumeFrom, Category: "bulkgap"), 3 - whileOpen.Count);

        whileOpen.ShouldBeEmpty("the import's events lie above the open append's gap");
        afterCommit.Select(e => e.StreamId).ShouldBe([open, imported, imported]);
    }

    [Fact]
    public async Task A_commit_is_readable_at_once_without_a_round_of_the_high_water_agent()
    {
        await using var withoutAgent = await StoreWithoutAgentAsync();
        var stream = Events.NewStreamId("run");
        await withoutAgent.AppendAsync(stream, ExpectedVersion.NoStream, Events.Range(1, 2), TestContext.Current.CancellationToken);
        await withoutAgent.AppendAsync(stream, 2, Events.Range(3, 1), TestContext.Current.CancellationToken);

        var read = await withoutAgent.ReadAllAsync(new ReadAllOptions(Category: "run")).ToListAsync();

        read.Select(e => e.StreamVersion).ShouldBe([1L, 2L, 3L], "a run of committed sequences needs no high-water mark");
        (await withoutAgent.GetLastPositionAsync("run", TestContext.Current.CancellationToken)).ShouldBe(read[^1].Position);
    }

    [Fact]
    public async Task A_bulk_append_refused_for_an_existing_stream_leaves_no_gap_for_readers_to_wait_at()
    {
        await using var withoutAgent = await StoreWithoutAgentAsync();
        var (existing, after) = (Events.NewStreamId("refused"), Events.NewStreamId("refused"));
        await withoutAgent.AppendAsync(existing, ExpectedVersion.NoStream, Events.Range(1, 1), TestContext.Current.CancellationToken);

        await Should.ThrowAsync<ConcurrencyException>(() => withoutAgent.BulkAppendAsync(
            [new StreamImport(Events.NewStreamId("refused"), Events.Range(1, 3)), new StreamImport(existing, Events.Range(1, 1))],
            TestContext.Current.CancellationToken));
        await withoutAgent.AppendAsync(after, ExpectedVersion.NoStream, Events.Range(1, 1), TestContext.Current.CancellationToken);
        var read = await withoutAgent.ReadAllAsync(new ReadAllOptions(Category: "refused")).ToListAsync();

        read.Select(e => e.StreamId).ShouldBe([existing, after], "no sequence number may be burnt below the later append");
    }

    [Fact]
    public async Task The_gap_of_a_rolled_back_append_holds_readers_only_until_the_high_water_agent_passes_it()
    {
        var (rolledBack, committed) = (Events.NewStreamId("dead"), Events.NewStreamId("dead"));
        await using (var connection = await TestStores.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await AppendInOpenTransactionAsync(transaction, rolledBack);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        await _store.AppendAsync(committed, ExpectedVersion.NoStream, Events.Range(1, 1), TestContext.Current.CancellationToken);
        var read = await _store.ReadAllSettledAsync(new ReadAllOptions(Category: "dead"), 1);

        read.Select(e => e.StreamId).ShouldBe([committed], "the dead gap must not hold the later commit for ever");
    }

    // A store of its own with no high-water agent in the process: what it reads, it reads without the mark moving.
    private static async Task<MartenEventStore> StoreWithoutAgentAsync()
    {
        var store = new MartenEventStore(new MartenEventStoreOptions
        {
            ConnectionString = TestPostgres.ConnectionString,
            Schema = TestPostgres.NewSchemaName(),
            RunHighWaterAgent = false,
        });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    // A Marten append (the same mt_quick_append_events call the store makes) in a transaction the test holds open.
    private async Task AppendInOpenTransactionAsync(NpgsqlTransaction transaction, string stream)
    {
        await using var session = _store.DocumentStore.LightweightSession(SessionOptions.ForTransaction(transaction));
        var appended = session.Events.Append(stream, 1L, new { n = 1 });
        appended.Events[0].EventTypeName = "test.numbered.v1";
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>Late-commit tests hold transactions open on purpose: they run alone, so no other test's writes sit in their gap.</summary>
[CollectionDefinition(nameof(MartenLateCommitTests), DisableParallelization = true)]
public sealed class MartenLateCommitGroup;
