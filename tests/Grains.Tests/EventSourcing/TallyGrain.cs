using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

/// <summary>Records the value it was decided on, so a lost update shows in the stream as a repeated Previous.</summary>
[EventName("test.tally.counted.v1")]
public sealed record Counted(int Previous, int Value, string Command);

public sealed record TallyState(int Value);

/// <summary>What a caller is told: the value its command made and the silo that ran it.</summary>
[GenerateSerializer, Immutable, Alias("test.tally.count")]
public sealed record TallyCount([property: Id(0)] int Value, [property: Id(1)] string Silo);

[Alias("test.tally")]
public interface ITallyGrain : IGrainWithStringKey
{
    Task<TallyCount> CountAsync(string command);

    Task<string> GetSiloAsync();
}

/// <summary>A counter with no checks in Evolve: the tests read the stream to judge whether its history is valid.</summary>
public sealed class TallyGrain : EventSourcedGrain<TallyState, Counted>, ITallyGrain
{
    protected override string StreamCategory => "tally";

    protected override TallyState InitialState => new(0);

    public async Task<TallyCount> CountAsync(string command)
    {
        await ExecuteAsync(command, static (c, state) => [new Counted(state.Value, state.Value + 1, c)]);
        return new TallyCount(State.Value, RuntimeIdentity);
    }

    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);

    protected override TallyState Evolve(TallyState state, Counted @event) => new(@event.Value);
}
