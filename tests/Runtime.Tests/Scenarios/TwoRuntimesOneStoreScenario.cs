using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Runtime.Hosting;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests.Scenarios;

/// <summary>
/// Two runtimes (two silos' worth of DI containers) share one event store and hammer the same grain key. Whatever
/// interleaving happens, optimistic concurrency must leave one valid history. Derive and supply the store to run
/// it against another implementation (e.g. PostgreSQL): link the Scenarios folder into that test project.
/// </summary>
public abstract class TwoRuntimesOneStoreScenario
{
    /// <summary>Commands each runtime sends, all at once.</summary>
    protected virtual int CommandsPerRuntime => 100;

    /// <summary>Retries per command; generous so that most commands win eventually.</summary>
    protected virtual int MaxConflictRetries => 50;

    /// <summary>The shared store (initialized). Called once per test.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync();

    [Fact]
    public async Task Concurrent_commands_from_two_runtimes_on_one_key_leave_a_valid_history()
    {
        var created = await CreateStoreAsync();
        var store = created as RecordingEventStore ?? new RecordingEventStore(created);
        var key = Guid.NewGuid().ToString("N");
        await using var first = BuildRuntime(store);
        await using var second = BuildRuntime(store);

        var outcomes = await Task.WhenAll(SendAll(first, key).Concat(SendAll(second, key)));

        var events = await ReadStreamAsync(created, $"scenariocounter-{key}");
        var succeeded = outcomes.Count(o => o is null);
        outcomes.Where(o => o is not null).ShouldAllBe(o => o is ConcurrencyException);
        events.Count.ShouldBe(succeeded);
        events.Select(e => e.StreamVersion).ShouldBe(Enumerable.Range(1, events.Count).Select(v => (long)v));
        events.Select(e => System.Text.Json.JsonDocument.Parse(e.Data).RootElement.GetProperty("value").GetInt32())
            .ShouldBe(Enumerable.Range(1, events.Count));
        succeeded.ShouldBeGreaterThan(CommandsPerRuntime);
        store.Appends.ShouldBeGreaterThan(events.Count, "no append ever conflicted: the scenario did not test the fence");
    }

    private IEnumerable<Task<Exception?>> SendAll(ServiceProvider runtime, string key)
    {
        var grain = runtime.GetRequiredService<IGrainFactory>().GetGrain<IScenarioCounterGrain>(key);
        return Enumerable.Range(0, CommandsPerRuntime).Select(_ => Task.Run(async () =>
        {
            try
            {
                await grain.Increment();
                return null;
            }
            catch (ConcurrencyException ex)
            {
                return (Exception?)ex;
            }
        }));
    }

    private ServiceProvider BuildRuntime(IEventStore store) => new ServiceCollection()
        .AddSingleton(store)
        .AddGrainRuntime(o => o.MaxConflictRetries = MaxConflictRetries)
        .AddGrains(typeof(ScenarioCounterGrain).Assembly)
        .BuildServiceProvider();

    private static async Task<List<StoredEvent>> ReadStreamAsync(IEventStore store, string streamId)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadStreamAsync(streamId))
        {
            events.Add(e);
        }

        return events;
    }
}
