using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Runtime.EventSourcing;

namespace Olympics.Orleans.Runtime.Tests.Scenarios;

[EventName("scenario.counter.incremented.v1")]
public sealed record ScenarioCounterIncremented(int Value);

public sealed record ScenarioCounterState(int Value);

public interface IScenarioCounterGrain : IGrainWithStringKey
{
    /// <summary>Appends the next value (state + 1) and returns it.</summary>
    Task<int> Increment();
}

/// <summary>A counter whose events carry the new value, so a valid history reads 1, 2, 3, ... N.</summary>
public sealed class ScenarioCounterGrain : EventSourcedGrain<ScenarioCounterState, ScenarioCounterIncremented>, IScenarioCounterGrain
{
    protected override string StreamCategory => "scenariocounter";

    protected override ScenarioCounterState InitialState => new(0);

    public async Task<int> Increment()
    {
        await ExecuteAsync(0, static (_, state) => [new ScenarioCounterIncremented(state.Value + 1)]);
        return State.Value;
    }

    protected override ScenarioCounterState Evolve(ScenarioCounterState state, ScenarioCounterIncremented @event) =>
        @event.Value == state.Value + 1
            ? new ScenarioCounterState(@event.Value)
            : throw new InvalidOperationException($"Counter at {state.Value} cannot take {@event.Value}.");
}
