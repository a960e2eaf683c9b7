using Npgsql;
using Olympics.Orleans.EventStore.Marten;

namespace Olympics.Orleans.EventStore.Tests.Marten;

/// <summary>
/// Appends made while the store's one writer is busy are committed together, in one transaction, and each keeps its own
/// outcome: a refused append fails alone, the others are committed, and the group's rollback holds no reader back.
/// The writer is kept busy deterministically: its append waits on a stream row that another connection has locked.
/// </summary>
public sealed class MartenGroupCommitTests : IAsyncLifetime
{
    private const int Group = 20;
    private readonly string _schema = TestPostgres.NewSchemaName();
    private MartenEventStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = new MartenEventStore(new MartenEventStoreOptions
        {
            ConnectionString = TestPostgres.ConnectionString,
            Schema = _schema,
            AppendWriters = 1,
            MaxAppendsPerCommit = 32,
        });
        await _store.InitializeAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Appends_waiting_together_are_committed_in_one_transaction_each_at_its_own_version()
    {
        var streams = Enumerable.Range(0, Group).Select(_ => Events.NewStreamId("group")).ToArray();

        var results = await WhileTheWriterIsBusyAsync(() => streams.Select(s => _store.AppendAsync(s, ExpectedVersion.NoStream, Events.Range(1, 2))).ToArray());

        _store.LargestGroup.ShouldBe(Group, "every append queued behind the busy writer goes in the next transaction");
        _store.GroupsRetried.ShouldBe(0);
        results.Select(r => r.StreamVersion).ShouldAllBe(v => v == 2);
        results.Select(r => r.LastPosition).Distinct().Count().ShouldBe(Group);
        var read = await _store.ReadAllSettledAsync(new ReadAllOptions(Category: "group"), 2 * Group);
        read.Count.ShouldBe(2 * Group);
        read.GroupBy(e => e.StreamId).ShouldAllBe(g => g.Select(e => e.StreamVersion).SequenceEqual(new long[] { 1, 2 }));
    }

    [Fact]
    public async Task A_refused_append_fails_alone_and_the_rest_of_its_group_is_committed()
    {
        var existing = Events.NewStreamId("group");
        await _store.AppendAsync(existing, ExpectedVersion.NoStream, Events.Range(1, 1), TestContext.Current.CancellationToken);
        var streams = Enumerable.Range(0, Group).Select(_ => Events.NewStreamId("group")).ToArray();
        Task<AppendResult>? refused = null;

        var results = await WhileTheWriterIsBusyAsync(() =>
        {
            var first = streams[..(Group / 2)].Select(s => _store.AppendAsync(s, ExpectedVersion.NoStream, Events.Range(1, 1))).ToList();
            refused = _store.AppendAsync(existing, 5, Events.Range(2, 1));
            return [.. first, .. streams[(Group / 2)..].Select(s => _store.AppendAsync(s, ExpectedVersion.NoStream, Events.Range(1, 1)))];
        });

        var conflict = await Should.ThrowAsync<ConcurrencyException>(refused!);
        conflict.ActualVersion.ShouldBe(1);
        _store.GroupsRetried.ShouldBe(1, "the group was rolled back once, then each append made alone");
        results.Select(r => r.StreamVersion).ShouldAllBe(v => v == 1);
        (await _store.GetStreamVersionAsync(existing, TestContext.Current.CancellationToken)).ShouldBe(1);
        // The rolled-back group left gaps in the sequence: the high-water agent passes them, readers are not held.
        (await _store.WaitForReadableAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)).ShouldBeTrue();
        var read = await _store.ReadAllSettledAsync(new ReadAllOptions(Category: "group"), Group + 1);
        read.Select(e => e.StreamId).ShouldBe([existing, .. streams], ignoreOrder: true);
    }

    [Fact]
    public async Task An_append_whose_caller_gave_up_while_it_waited_is_not_written()
    {
        using var giveUp = new CancellationTokenSource();
        var abandoned = Events.NewStreamId("group");
        Task<AppendResult>? pending = null;

        await WhileTheWriterIsBusyAsync(() =>
        {
            pending = _store.AppendAsync(abandoned, ExpectedVersion.NoStream, Events.Range(1, 1), giveUp.Token);
            giveUp.Cancel();
            return [];
        });

        await Should.ThrowAsync<OperationCanceledException>(pending!);
        (await _store.GetStreamVersionAsync(abandoned, TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    // Makes the writer wait on a locked stream row, queues what start() appends, then lets the writer go on.
    private async Task<AppendResult[]> WhileTheWriterIsBusyAsync(Func<Task<AppendResult>[]> start)
    {
        var ct = TestContext.Current.CancellationToken;
        var blocker = Events.NewStreamId("blocker");
        await _store.AppendAsync(blocker, ExpectedVersion.NoStream, Events.Range(1, 1), ct);
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockRow = new NpgsqlCommand($"SELECT 1 FROM {_schema}.mt_streams WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            lockRow.Parameters.Add(new NpgsqlParameter<string> { TypedValue = blocker });
            await lockRow.ExecuteNonQueryAsync(ct);
        }

        var busy = _store.AppendAsync(blocker, 1, Events.Range(2, 1), ct);
        await WaitForLockWaitAsync(ct);
        var started = start();
        await transaction.CommitAsync(ct);
        await busy;
        return await Task.WhenAll(started);
    }

    private static async Task WaitForLockWaitAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync(ct);
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%mt_quick_append_events%'", connection);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((long)(await waiting.ExecuteScalarAsync(ct))! == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the writer's append never waited on the locked stream row");
            await Task.Delay(10, ct);
        }
    }
}
