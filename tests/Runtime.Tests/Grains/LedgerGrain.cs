using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Runtime.EventSourcing;

namespace Olympics.Orleans.Runtime.Tests.Grains;

public interface ILedgerEvent;

[EventName("test.ledger.credited.v1")]
public sealed record Credited(int Balance) : ILedgerEvent;

/// <summary>Evolve refuses this event: stands in for a bug in Evolve.</summary>
[EventName("test.ledger.poisoned.v1")]
public sealed record Poisoned(string Reason) : ILedgerEvent;

public sealed record LedgerState(int Balance);

public interface ILedgerGrain : IGrainWithStringKey
{
    Task<int> Credit();

    Task<int> Balance();

    Task<long> StreamVersion();

    Task Poison();

    Task Overdraw();

    Task Leave();
}

/// <summary>An event-sourced balance that snapshots every 5 events.</summary>
public sealed class LedgerGrain : EventSourcedGrain<LedgerState, ILedgerEvent>, ILedgerGrain
{
    public const string Snapshot = "test.ledger.snapshot.v1";

    protected override string StreamCategory => "ledger";

    protected override LedgerState InitialState => new(0);

    protected override string? SnapshotType => Snapshot;

    protected override int SnapshotEvery => 5;

    public async Task<int> Credit()
    {
        await ExecuteAsync(1, static (amount, state) => [new Credited(state.Balance + amount)]);
        return State.Balance;
    }

    public Task<int> Balance() => Task.FromResult(State.Balance);

    public Task<long> StreamVersion() => Task.FromResult(Version);

    public Task Poison() => ExecuteAsync("on purpose", static (reason, _) => [new Poisoned(reason)]);

    public Task Overdraw() => ExecuteAsync(0, static (_, _) => throw new InvalidOperationException("insufficient funds"));

    public Task Leave()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    protected override LedgerState Evolve(LedgerState state, ILedgerEvent @event) => @event switch
    {
        Credited credited => state with { Balance = credited.Balance },
        Poisoned poisoned => throw new InvalidOperationException($"cannot apply poisoned event: {poisoned.Reason}"),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, "unknown ledger event"),
    };
}
