using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains.Tests.EventSourcing;

public sealed class EventSourcedGrainTests
{
    [Fact]
    public async Task Commands_append_events_to_the_grains_stream_and_update_state()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l1");

        (await ledger.CreditAsync()).ShouldBe(1);
        (await ledger.CreditAsync()).ShouldBe(2);

        (await ledger.GetStreamVersionAsync()).ShouldBe(2);
        (await store.ReadAsync("ledger-l1")).Select(e => (e.StreamVersion, e.Type, e.Data)).ShouldBe([
            (1, "test.ledger.credited.v1", """{"balance":1}"""),
            (2, "test.ledger.credited.v1", """{"balance":2}"""),
        ]);
    }

    [Fact]
    public async Task Reactivation_rebuilds_state_from_the_events()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l2");
        for (var i = 0; i < 3; i++)
        {
            await ledger.CreditAsync();
        }

        await silo.DeactivateAsync(ledger);
        store.ResetCounts();

        (await ledger.GetBalanceAsync()).ShouldBe(3);
        (await ledger.GetStreamVersionAsync()).ShouldBe(3);
        store.EventsRead.ShouldBe(3);
    }

    [Fact]
    public async Task Reactivation_starts_from_the_snapshot_and_reads_only_later_events()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l3");
        for (var i = 0; i < 7; i++)
        {
            await ledger.CreditAsync();
        }

        (await store.LoadSnapshotAsync("ledger-l3", ct: TestContext.Current.CancellationToken))!.Version.ShouldBe(5);
        await silo.DeactivateAsync(ledger);
        store.ResetCounts();

        (await ledger.GetBalanceAsync()).ShouldBe(7);
        store.EventsRead.ShouldBe(2);
    }

    [Fact]
    public async Task The_snapshot_state_is_what_the_rebuild_starts_from()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l4");
        await ledger.CreditAsync();
        await silo.DeactivateAsync(ledger);

        // A snapshot that disagrees with the events shows whether the rebuild used it.
        await store.SaveSnapshotAsync(new StreamSnapshot("ledger-l4", 1, LedgerGrain.Snapshot, """{"balance":500}"""), TestContext.Current.CancellationToken);

        (await ledger.GetBalanceAsync()).ShouldBe(500);
    }

    [Fact]
    public async Task A_snapshot_of_another_type_is_ignored()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l5");
        await ledger.CreditAsync();
        await ledger.CreditAsync();
        await silo.DeactivateAsync(ledger);
        await store.SaveSnapshotAsync(new StreamSnapshot("ledger-l5", 2, "test.ledger.snapshot.v0", """{"balance":500}"""), TestContext.Current.CancellationToken);

        (await ledger.GetBalanceAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task A_domain_exception_from_decide_reaches_the_caller_and_commits_nothing()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l6");
        await ledger.CreditAsync();

        (await Should.ThrowAsync<CommandRejectedException>(() => ledger.OverdrawAsync())).Message.ShouldBe("insufficient funds");

        (await store.ReadAsync("ledger-l6")).Count.ShouldBe(1);
        (await ledger.GetBalanceAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Evolve_throwing_on_a_new_event_commits_nothing_keeps_state_and_reaches_the_caller()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l7");
        await ledger.CreditAsync();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => ledger.PoisonAsync());

        error.Message.ShouldBe("cannot apply poisoned event: on purpose");
        (await store.ReadAsync("ledger-l7")).Count.ShouldBe(1);
        (await ledger.GetStreamVersionAsync()).ShouldBe(1);
        (await ledger.CreditAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Evolve_throwing_during_rebuild_fails_the_activation_for_the_caller()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        await store.AppendAsync(silo.Serializer(), "ledger-l8", new Poisoned("stored by a bug"));
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l8");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => ledger.GetBalanceAsync());

        error.Message.ShouldBe("cannot apply poisoned event: stored by a bug");
        await Eventually.True(() => !silo.IsActive(ledger), "the failed activation is gone");
        (await Should.ThrowAsync<InvalidOperationException>(() => ledger.GetBalanceAsync())).Message.ShouldBe(error.Message);
    }

    [Fact]
    public async Task A_conflicting_append_by_another_writer_is_retried_on_the_fresh_state()
    {
        var (silo, store) = await LedgerSilo.StartAsync();
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l9");
        await ledger.CreditAsync();
        await store.AppendAsync(silo.Serializer(), "ledger-l9", new Credited(10));

        (await ledger.CreditAsync()).ShouldBe(11);

        (await store.ReadAsync("ledger-l9")).Select(e => e.Data).ShouldBe(["""{"balance":1}""", """{"balance":10}""", """{"balance":11}"""]);
    }

    [Fact]
    public async Task A_writer_that_always_wins_makes_the_command_fail_with_the_conflict_after_the_bounded_retries()
    {
        var (silo, store) = await LedgerSilo.StartAsync(o => o.MaxConflictRetries = 3);
        await using var _ = silo;
        var ledger = silo.Grains.GetGrain<ILedgerGrain>("l10");
        await ledger.CreditAsync();
        var serializer = silo.Serializer();
        store.BeforeAppend = stream => store.Inner.AppendAsync(serializer, stream, new Credited(100));
        var appendsBefore = store.Appends;

        var error = await Should.ThrowAsync<ConcurrencyException>(() => ledger.CreditAsync());

        (store.Appends - appendsBefore).ShouldBe(4, "the first attempt and three retries");
        error.StreamId.ShouldBe("ledger-l10");
        error.ExpectedVersion.ShouldBe(4);
        error.ActualVersion.ShouldBe(5);
    }
}
