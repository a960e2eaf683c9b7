using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Tests.Support;
using Orleans.Runtime;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

/// <summary>
/// Many callers hammer one event-sourced grain while Orleans moves it between silos, or while two clusters each hold an
/// activation of it over one store. Whatever interleaving happens, the stream must be a valid history (every event
/// decided on the state before it) holding every command a caller was told succeeded.
/// </summary>
public sealed class ConcurrentWritersTests
{
    private const int Senders = 4;
    private const int CommandsPerSender = 40;

    public static TheoryData<string> Stores => new() { "memory", "marten" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Commands_from_two_silos_while_the_grain_migrates_and_deactivates_leave_a_valid_history_with_every_acknowledged_command(string kind)
    {
        await using var log = await LogAsync(kind);
        var store = new RecordingEventStore(log.Store) { BeforeAppend = _ => Task.Delay(1) };
        await using var silo = await TestSilo.StartAsync(s => s.AddTestEventSourcing(store), silos: 2);
        var callers = silo.Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<IGrainFactory>()).Append(silo.Cluster.Client).ToArray();
        using var stop = new CancellationTokenSource();
        var churn = ChurnAsync(silo, "moving", stop.Token);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Senders).Select(s => SendAsync(callers[s % callers.Length], "moving", $"s{s}")));
        await stop.CancelAsync();
        var moves = await churn;

        var history = await ValidHistoryAsync(store, silo.Serializer(), "tally-moving");
        // A call that Orleans had to forward more than twice while the grain moved is rejected undelivered.
        var acknowledged = Acknowledged(outcomes, history, e => e is ConcurrencyException or OrleansMessageRejectionException);
        moves.ShouldBeGreaterThan(1, "the grain never moved while commands ran: the test did not test anything");
        outcomes.SelectMany(o => o).Where(o => o.Count is { } c).Select(o => o.Count!.Silo).Distinct().Count().ShouldBe(2, "both silos ran commands");
        history.Count.ShouldBe(acknowledged, "a command that failed must have committed nothing");
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Commands_to_two_activations_in_two_clusters_on_one_store_leave_a_valid_history_with_every_acknowledged_command(string kind)
    {
        await using var log = await LogAsync(kind);
        var store = new RecordingEventStore(log.Store) { BeforeAppend = _ => Task.Delay(1) };

        var (history, outcomes) = await RunTwoClustersAsync(store);

        var acknowledged = Acknowledged(outcomes, history, e => e is ConcurrencyException);
        history.Count.ShouldBe(acknowledged, "a command that failed must have committed nothing");
        acknowledged.ShouldBeGreaterThan(Senders * CommandsPerSender / 2);
        store.Appends.ShouldBeGreaterThan(history.Count, "no append ever conflicted: the two activations never raced");
    }

    [Fact]
    public async Task Without_the_expected_version_the_same_run_loses_updates_which_shows_the_history_check_can_fail()
    {
        var store = new RecordingEventStore(new InMemoryEventStore()) { BeforeAppend = _ => Task.Delay(1), IgnoreExpectedVersion = true };

        // Shouldly rethrows its own assertion failures from Should.ThrowAsync, so record the failure instead.
        var error = await Record.ExceptionAsync(() => RunTwoClustersAsync(store));

        error.ShouldBeOfType<ShouldAssertException>().Message.ShouldContain("a lost update");
    }

    private static async Task<(List<Counted> History, Outcome[][] Outcomes)> RunTwoClustersAsync(RecordingEventStore store)
    {
        await using var first = await TestSilo.StartAsync(s => s.AddTestEventSourcing(store, o => o.MaxConflictRetries = 50));
        await using var second = await TestSilo.StartAsync(s => s.AddTestEventSourcing(store, o => o.MaxConflictRetries = 50));
        var callers = new[] { first.Grains, second.Grains };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Senders).Select(s => SendAsync(callers[s % 2], "split", $"s{s}")));

        return (await ValidHistoryAsync(store, first.Serializer(), "tally-split"), outcomes);
    }

    private sealed record Outcome(string Command, TallyCount? Count, Exception? Error);

    // Each sender sends its commands one after another, so the commands spread over the whole run.
    private static Task<Outcome[]> SendAsync(IGrainFactory caller, string key, string sender) => Task.Run(async () =>
    {
        var grain = caller.GetGrain<ITallyGrain>(key);
        var outcomes = new Outcome[CommandsPerSender];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var command = $"{sender}-{i}";
            try
            {
                outcomes[i] = new Outcome(command, await grain.CountAsync(command), null);
            }
            catch (Exception e)
            {
                outcomes[i] = new Outcome(command, null, e);
            }
        }

        return outcomes;
    });

    // Alternately migrates the grain to the other silo and deactivates it, until told to stop; returns the moves made.
    private static async Task<int> ChurnAsync(TestSilo silo, string key, CancellationToken stop)
    {
        var grain = silo.Grains.GetGrain<ITallyGrain>(key);
        var moves = 0;
        while (!stop.IsCancellationRequested)
        {
            var where = await grain.GetSiloAsync();
            var target = silo.Cluster.Silos.First(s => s.SiloAddress.ToString() != where).SiloAddress;
            await silo.Cluster.MigrateAsync(grain, target);
            moves++;
            await grain.GetSiloAsync();
            await silo.Cluster.DeactivateAsync(grain);
        }

        return moves;
    }

    private static async Task<List<Counted>> ValidHistoryAsync(IEventStore store, EventSerializer serializer, string streamId)
    {
        var events = await store.ReadAsync(streamId);
        events.Select(e => e.StreamVersion).ShouldBe(Enumerable.Range(1, events.Count).Select(v => (long)v));
        var history = events.Select(e => (Counted)serializer.Deserialize(e.Type, e.Data)).ToList();
        for (var i = 0; i < history.Count; i++)
        {
            history[i].Previous.ShouldBe(i, $"event {i + 1} ({history[i].Command}) was decided on a stale state: a lost update");
            history[i].Value.ShouldBe(i + 1);
        }

        history.Select(c => c.Command).ShouldBeUnique();
        return history;
    }

    // Every failure is an expected one; every acknowledged command is in the history at the value its caller was told.
    private static int Acknowledged(Outcome[][] outcomes, List<Counted> history, Func<Exception, bool> expected)
    {
        var all = outcomes.SelectMany(o => o).ToList();
        all.Where(o => o.Error is not null).ShouldAllBe(o => expected(o.Error!));
        var acknowledged = all.Where(o => o.Count is not null).ToList();
        foreach (var outcome in acknowledged)
        {
            history[outcome.Count!.Value - 1].Command.ShouldBe(outcome.Command, $"{outcome.Command} was acknowledged as value {outcome.Count.Value}");
        }

        return acknowledged.Count;
    }

    // The event log under test: the in-memory one, or Marten on the test PostgreSQL in a schema of its own.
    private static async Task<EventLog> LogAsync(string kind) =>
        new(kind == "marten" ? await MartenTestStores.CreateStoreAsync() : new InMemoryEventStore());

    private sealed class EventLog(IEventStore store) : IAsyncDisposable
    {
        public IEventStore Store { get; } = store;

        public async ValueTask DisposeAsync()
        {
            if (Store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
