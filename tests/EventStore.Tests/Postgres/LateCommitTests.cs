using Npgsql;
using Olympics.Orleans.EventStore.Postgres;

namespace Olympics.Orleans.EventStore.Tests.Postgres;

/// <summary>
/// Runs alone: its open transaction holds back every reader on the server for a moment.
/// Transaction A takes its id and sequence first but commits last; B commits in between. A reader that orders by
/// sequence alone and resumes after the highest it saw would read B and then never see A. Ours must see both.
/// </summary>
[Collection(nameof(LateCommitTests))]
public sealed class LateCommitTests : IAsyncLifetime
{
    private PostgresEventStore _store = null!;
    private string _schema = null!;

    public async ValueTask InitializeAsync()
    {
        _schema = TestPostgres.NewSchemaName();
        _store = await TestStores.CreateStoreAsync(fallbackPoll: TimeSpan.FromHours(1), schema: _schema);
    }

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_reader_never_skips_an_event_committed_late_by_an_earlier_transaction()
    {
        var streamA = Events.NewStreamId("late");
        var streamB = Events.NewStreamId("late");
        await using var connectionA = await TestStores.OpenAsync();
        await using var transactionA = await connectionA.BeginTransactionAsync();
        await InsertRaw(connectionA, transactionA, streamA);

        await _store.AppendAsync(streamB, ExpectedVersion.NoStream, Events.Range(2, 1));
        var whileAIsOpen = await _store.ReadAllAsync(new ReadAllOptions(Category: "late")).ToListAsync();
        var resumeFrom = whileAIsOpen.Count == 0 ? (GlobalPosition?)null : whileAIsOpen[^1].Position;
        await transactionA.CommitAsync();
        var afterACommitted = await _store.ReadAllAsync(new ReadAllOptions(After: resumeFrom, Category: "late")).ToListAsync();

        var seen = whileAIsOpen.Concat(afterACommitted).Select(e => e.StreamId).ToList();
        seen.ShouldBe([streamA, streamB]);
        whileAIsOpen.ShouldBeEmpty("B must stay behind the horizon while the earlier transaction A is open");
        await AssertSequenceOrderWouldHaveSkipped(streamA, streamB);
    }

    [Fact]
    public async Task A_live_subscription_delivers_the_late_commit_before_the_early_one()
    {
        using var cts = new CancellationTokenSource();
        await using var subscription = _store.SubscribeAsync(new SubscriptionOptions(Category: "late"), cts.Token).GetAsyncEnumerator(cts.Token);
        var streamA = Events.NewStreamId("late");
        var streamB = Events.NewStreamId("late");
        await using var connectionA = await TestStores.OpenAsync();
        await using var transactionA = await connectionA.BeginTransactionAsync();
        await InsertRaw(connectionA, transactionA, streamA);
        await _store.AppendAsync(streamB, ExpectedVersion.NoStream, Events.Range(2, 1));
        var pending = subscription.TakeAsync(2);

        await Task.Delay(300);
        pending.IsCompleted.ShouldBeFalse("nothing may be delivered while A could still commit in front of B");
        await transactionA.CommitAsync();

        (await pending).Select(e => e.StreamId).ShouldBe([streamA, streamB]);
        await cts.CancelAsync();
    }

    [Fact]
    public async Task A_subscriptions_read_says_in_the_same_query_that_commits_wait_behind_an_open_transaction()
    {
        var streamA = Events.NewStreamId("ahead");
        await using var connectionA = await TestStores.OpenAsync();
        await using var transactionA = await connectionA.BeginTransactionAsync();
        await InsertRaw(connectionA, transactionA, streamA);
        for (var i = 0; i < 3; i++)
        {
            await _store.AppendAsync(Events.NewStreamId("ahead"), ExpectedVersion.NoStream, Events.Range(1, 1));
        }

        var (whileOpen, pendingWhileOpen) = await _store.ReadAheadAsync(GlobalPosition.Start, "ahead", 100, TestContext.Current.CancellationToken);
        var (otherCategory, pendingOther) = await _store.ReadAheadAsync(GlobalPosition.Start, "elsewhere", 100, TestContext.Current.CancellationToken);
        await transactionA.CommitAsync(TestContext.Current.CancellationToken);
        var (afterCommit, pendingAfter) = await _store.ReadAheadAsync(GlobalPosition.Start, "ahead", 2, TestContext.Current.CancellationToken);
        var (rest, pendingRest) = await _store.ReadAheadAsync(afterCommit[^1].Position, "ahead", 100, TestContext.Current.CancellationToken);

        whileOpen.ShouldBeEmpty();
        pendingWhileOpen.ShouldBeTrue();
        (otherCategory.Count, pendingOther).ShouldBe((0, false));
        afterCommit.Select(e => e.StreamId).First().ShouldBe(streamA);
        (afterCommit.Count, pendingAfter).ShouldBe((2, false));
        (rest.Count, pendingRest).ShouldBe((2, false));
    }

    // The same insert the store makes, on a connection whose transaction the test holds open.
    private async Task InsertRaw(NpgsqlConnection connection, NpgsqlTransaction transaction, string stream)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {_schema}.streams (stream_id, version) VALUES (@s, 1); " +
            $"INSERT INTO {_schema}.events (id, stream_id, version, type, data, metadata) VALUES (@id, @s, 1, 'test.numbered.v1', '{{\"n\":1}}', '{{}}')",
            connection, transaction);
        command.Parameters.AddWithValue("s", stream);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        await command.ExecuteNonQueryAsync();
    }

    // Shows the test sets up the dangerous case: by plain sequence order A comes first, although it committed last.
    private async Task AssertSequenceOrderWouldHaveSkipped(string streamA, string streamB)
    {
        await using var connection = await TestStores.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT stream_id FROM {_schema}.events WHERE stream_id IN (@a, @b) ORDER BY seq", connection);
        command.Parameters.AddWithValue("a", streamA);
        command.Parameters.AddWithValue("b", streamB);
        var bySequence = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            bySequence.Add(reader.GetString(0));
        }

        bySequence.ShouldBe([streamA, streamB]);
    }
}

[CollectionDefinition(nameof(LateCommitTests), DisableParallelization = true)]
public sealed class LateCommitRunsAlone;
