using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Benchmarks;

/// <summary>The benchmark's grain: each increment is one small event, about the size of a status change.</summary>
public interface IBenchCounterGrain : IGrainWithStringKey
{
    /// <summary>Appends one event.</summary>
    Task<long> IncrementAsync();

    /// <summary>Reads the state; no I/O.</summary>
    Task<long> GetAsync();
}

/// <summary>One increment.</summary>
[EventName("bench.incremented.v1")]
public sealed record BenchIncremented(long Value);

/// <summary>The counter's state; also its snapshot.</summary>
[EventName("bench.state.v1")]
public sealed record BenchCounter(long Value);

/// <summary>Event-sourced counter with snapshots every 100 events.</summary>
public sealed class BenchCounterGrain : EventSourcedGrain<BenchCounter, BenchIncremented>, IBenchCounterGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "bench";

    /// <inheritdoc />
    protected override BenchCounter InitialState => new(0);

    /// <inheritdoc />
    protected override string? SnapshotType => "bench.state.v1";

    /// <inheritdoc />
    protected override int SnapshotEvery => 100;

    /// <inheritdoc />
    public async Task<long> IncrementAsync()
    {
        await ExecuteAsync(0, static (_, s) => [new BenchIncremented(s.Value + 1)]);
        return State.Value;
    }

    /// <inheritdoc />
    public Task<long> GetAsync() => Task.FromResult(State.Value);

    /// <inheritdoc />
    protected override BenchCounter Evolve(BenchCounter state, BenchIncremented @event) => new(@event.Value);
}
