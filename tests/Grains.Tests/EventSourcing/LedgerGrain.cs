using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

public interface ILedgerEvent;

[EventName("test.ledger.credited.v1")]
public sealed record Credited(int Balance) : ILedgerEvent;

/// <summary>Evolve refuses this event: stands in for a bug in Evolve.</summary>
[EventName("test.ledger.poisoned.v1")]
public sealed record Poisoned(string Reason) : ILedgerEvent;

public sealed record LedgerState(int Balance);

[Alias("test.ledger")]
public interface ILedgerGrain : IGrainWithStringKey
{
    Task<int> CreditAsync();

    Task<int> GetBalanceAsync();

    Task<long> GetStreamVersionAsync();

    Task PoisonAsync();

    Task OverdrawAsync();

    Task RejectFieldAsync();
}

/// <summary>An event-sourced balance that snapshots every 5 events.</summary>
public sealed class LedgerGrain : EventSourcedGrain<LedgerState, ILedgerEvent>, ILedgerGrain
{
    public const string Snapshot = "test.ledger.snapshot.v1";

    protected override string StreamCategory => "ledger";

    protected override LedgerState InitialState => new(0);

    protected override string? SnapshotType => Snapshot;

    protected override int SnapshotEvery => 5;

    public async Task<int> CreditAsync()
    {
        await ExecuteAsync(1, static (amount, state) => [new Credited(state.Balance + amount)]);
        return State.Balance;
    }

    public Task<int> GetBalanceAsync() => Task.FromResult(State.Balance);

    public Task<long> GetStreamVersionAsync() => Task.FromResult(Version);

    public Task PoisonAsync() => ExecuteAsync("on purpose", static (reason, _) => [new Poisoned(reason)]);

    public Task OverdrawAsync() => ExecuteAsync(0, static (_, _) => throw new CommandRejectedException("insufficient funds"));

    public Task RejectFieldAsync() => ExecuteAsync(0, static (_, _) => throw new InvalidCommandException("amount", "must be positive"));

    protected override LedgerState Evolve(LedgerState state, ILedgerEvent @event) => @event switch
    {
        Credited credited => state with { Balance = credited.Balance },
        Poisoned poisoned => throw new InvalidOperationException($"cannot apply poisoned event: {poisoned.Reason}"),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, "unknown ledger event"),
    };
}
