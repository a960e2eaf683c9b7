using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

/// <summary>
/// The exceptions the HTTP edge maps to problem details must reach the caller as themselves, with their fields, both
/// from inside the grain's silo (copied) and from a client (serialized, as between two silos).
/// </summary>
public sealed class ExceptionsAcrossCallsTests
{
    public static TheoryData<string> Callers => ["silo", "client"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_command_rejection_reaches_the_caller_with_its_reason(string caller)
    {
        var (silo, _) = await LedgerSilo.StartAsync();
        await using var __ = silo;

        var error = await Should.ThrowAsync<CommandRejectedException>(() => Factory(silo, caller).GetGrain<ILedgerGrain>("r").OverdrawAsync());

        error.Message.ShouldBe("insufficient funds");
        error.StackTrace.ShouldNotBeNull().ShouldContain(nameof(LedgerGrain), Case.Sensitive, "the grain's stack comes along");
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task An_invalid_command_reaches_the_caller_with_its_field_and_reason(string caller)
    {
        var (silo, _) = await LedgerSilo.StartAsync();
        await using var __ = silo;

        var error = await Should.ThrowAsync<InvalidCommandException>(() => Factory(silo, caller).GetGrain<ILedgerGrain>("i").RejectFieldAsync());

        (error.Field, error.Reason).ShouldBe(("amount", "must be positive"));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_concurrency_conflict_reaches_the_caller_with_its_stream_and_versions(string caller)
    {
        var (silo, store) = await LedgerSilo.StartAsync(o => o.MaxConflictRetries = 0);
        await using var _ = silo;
        var ledger = Factory(silo, caller).GetGrain<ILedgerGrain>("c");
        await ledger.CreditAsync();
        var serializer = silo.Serializer();
        store.BeforeAppend = stream => store.Inner.AppendAsync(serializer, stream, new Credited(100));

        var error = await Should.ThrowAsync<ConcurrencyException>(() => ledger.CreditAsync());

        (error.StreamId, error.ExpectedVersion, error.ActualVersion).ShouldBe(("ledger-c", 1L, 2L));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task An_evolve_failure_reaches_the_caller_with_its_message(string caller)
    {
        var (silo, _) = await LedgerSilo.StartAsync();
        await using var __ = silo;

        var error = await Should.ThrowAsync<InvalidOperationException>(() => Factory(silo, caller).GetGrain<ILedgerGrain>("e").PoisonAsync());

        error.GetType().ShouldBe(typeof(InvalidOperationException));
        error.Message.ShouldBe("cannot apply poisoned event: on purpose");
    }

    private static IGrainFactory Factory(TestSilo silo, string caller) => caller == "client" ? silo.Cluster.Client : silo.Grains;
}
