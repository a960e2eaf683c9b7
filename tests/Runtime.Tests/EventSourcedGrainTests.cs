using Olympics.Orleans.EventStore;
using Olympics.Orleans.Runtime.Tests.Grains;
using Olympics.Orleans.Runtime.Tests.Support;

namespace Olympics.Orleans.Runtime.Tests;

public sealed class EventSourcedGrainTests
{
    [Fact]
    public async Task Commands_append_events_to_the_grains_stream_and_update_state()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l1");

        (await ledger.Credit()).ShouldBe(1);
        (await ledger.Credit()).ShouldBe(2);

        (await ledger.StreamVersion()).ShouldBe(2);
        var events = await store.ReadAsync("ledger-l1");
        events.Select(e => (e.StreamVersion, e.Type, e.Data)).ShouldBe([
            (1, "test.ledger.credited.v1", """{"balance":1}"""),
            (2, "test.ledger.credited.v1", """{"balance":2}"""),
        ]);
    }

    [Fact]
    public async Task Reactivation_rebuilds_state_from_the_events()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l2");
        await ledger.Credit();
        await ledger.Credit();
        await ledger.Credit();

        await DeactivateAsync(host, ledger);

        (await ledger.Balance()).ShouldBe(3);
        (await ledger.StreamVersion()).ShouldBe(3);
        store.EventsRead.ShouldBe(3);
    }

    [Fact]
    public async Task Reactivation_starts_from_the_snapshot_and_reads_only_later_events()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l3");
        for (var i = 0; i < 7; i++)
        {
            await ledger.Credit();
        }

        (await store.LoadSnapshotAsync("ledger-l3", ct: TestContext.Current.CancellationToken))!.Version.ShouldBe(5);
        await DeactivateAsync(host, ledger);
        store.ResetCounts();

        (await ledger.Balance()).ShouldBe(7);
        store.EventsRead.ShouldBe(2);
    }

    [Fact]
    public async Task The_snapshot_state_is_what_the_rebuild_starts_from()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l4");
        await ledger.Credit();
        await DeactivateAsync(host, ledger);

        // A snapshot that disagrees with the events shows whether the rebuild used it.
        await store.SaveSnapshotAsync(new StreamSnapshot("ledger-l4", 1, LedgerGrain.Snapshot, """{"balance":500}"""), TestContext.Current.CancellationToken);

        (await ledger.Balance()).ShouldBe(500);
    }

    [Fact]
    public async Task A_snapshot_of_another_type_is_ignored()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l5");
        await ledger.Credit();
        await ledger.Credit();
        await DeactivateAsync(host, ledger);
        await store.SaveSnapshotAsync(new StreamSnapshot("ledger-l5", 2, "test.ledger.snapshot.v0", """{"balance":500}"""), TestContext.Current.CancellationToken);

        (await ledger.Balance()).ShouldBe(2);
    }

    [Fact]
    public async Task A_domain_exception_from_decide_reaches_the_caller_and_commits_nothing()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l6");
        await ledger.Credit();

        (await Should.ThrowAsync<InvalidOperationException>(() => ledger.Overdraw())).Message.ShouldBe("insufficient funds");

        (await store.ReadAsync("ledger-l6")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Evolve_throwing_on_a_new_event_commits_nothing_keeps_state_and_reaches_the_caller()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l7");
        await ledger.Credit();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => ledger.Poison());

        error.Message.ShouldBe("cannot apply poisoned event: on purpose");
        (await store.ReadAsync("ledger-l7")).Count.ShouldBe(1);
        (await ledger.StreamVersion()).ShouldBe(1);
        (await ledger.Credit()).ShouldBe(2);
    }

    [Fact]
    public async Task Evolve_throwing_during_rebuild_fails_the_activation_for_the_caller()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        await store.AppendAsync(host.Serializer(), "ledger-l8", new Poisoned("stored by a bug"));
        var ledger = host.Grain<ILedgerGrain>("l8");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => ledger.Balance());

        error.Message.ShouldBe("cannot apply poisoned event: stored by a bug");
        host.Runtime.ActivationCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_conflicting_append_by_another_writer_is_retried_on_the_fresh_state()
    {
        var (host, store) = LedgerHost.Create();
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l9");
        await ledger.Credit();
        await store.AppendAsync(host.Serializer(), "ledger-l9", new Credited(10));

        (await ledger.Credit()).ShouldBe(11);

        (await store.ReadAsync("ledger-l9")).Select(e => e.Data).ShouldBe(["""{"balance":1}""", """{"balance":10}""", """{"balance":11}"""]);
    }

    [Fact]
    public async Task A_writer_that_always_wins_makes_the_command_fail_with_the_conflict_after_the_bounded_retries()
    {
        var (host, store) = LedgerHost.Create(o => o.MaxConflictRetries = 3);
        await using var _ = host;
        var ledger = host.Grain<ILedgerGrain>("l10");
        await ledger.Credit();
        var serializer = host.Serializer();
        store.BeforeAppend = stream => store.Inner.AppendAsync(serializer, stream, new Credited(100));
        var appendsBefore = store.Appends;

        await Should.ThrowAsync<ConcurrencyException>(() => ledger.Credit());

        (store.Appends - appendsBefore).ShouldBe(4);
    }

    private static async Task DeactivateAsync(TestRuntime host, ILedgerGrain ledger)
    {
        await ledger.Leave();
        await Eventually.True(() => host.Runtime.ActivationCount == 0, "the ledger deactivated");
    }
}
