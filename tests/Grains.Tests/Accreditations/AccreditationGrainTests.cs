using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Tests.Accreditations;

public sealed class AccreditationGrainTests
{
    private static readonly DateTimeOffset _at = new(2024, 7, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_lifecycle_runs_through_the_grain_and_the_read_model_follows_it()
    {
        var store = new InMemoryEventStore();
        await using var services = await Runtime(store);
        var grain = services.Grains.GetGrain<IAccreditationGrain>("00000042");
        var view = services.Get<AccreditationsView>();

        await grain.ApplyForAccreditationAsync(new("Ana", AccreditationCategory.Media, "EP", null, "AFP", new(2024, 7, 1), new(2024, 8, 31), "press", _at));
        await grain.ClearVettingAsync(new("ok", _at));
        await grain.ApproveAccreditationAsync(new(new(["STA"], [1], null, false), "photo pool", _at));
        await grain.IssueCardAsync(new("printed", _at));
        var suspended = await grain.SuspendAccreditationAsync(new("incident", _at));

        suspended.ShouldSatisfyAllConditions(v => v.Status.ShouldBe(AccreditationStatus.Suspended), v => v.CardNumber.ShouldBe("00000042-1"), v => v.Version.ShouldBe(5));
        await view.WaitForAsync((await store.ReadAllAsync(new ReadAllOptions()).LastAsync()).Position, TestContext.Current.CancellationToken);
        view.Check(new CardReference(42, null), "STA", 1, _at.AddDays(2)).Reason.ShouldBe(GateReason.Suspended);
        view.List(AccreditationCategory.Media, AccreditationStatus.Suspended, 1, 10).Items.ShouldHaveSingleItem().Number.ShouldBe("00000042");
    }

    [Fact]
    public async Task An_unknown_number_reads_as_null_and_a_malformed_one_is_refused_on_apply()
    {
        await using var services = await Runtime(new InMemoryEventStore());
        var grains = services.Grains;

        (await grains.GetGrain<IAccreditationGrain>("00000043").GetAccreditationAsync()).ShouldBeNull();
        (await Should.ThrowAsync<InvalidCommandException>(() => grains.GetGrain<IAccreditationGrain>("43").ApplyForAccreditationAsync(
            new("Ana", AccreditationCategory.Media, "EP", null, null, new(2024, 7, 1), new(2024, 8, 31), "press", _at)))).Field.ShouldBe("number");
    }

    [Fact]
    public void Every_accreditation_event_has_a_stored_name_in_the_accreditation_namespace()
    {
        var events = typeof(IAccreditationEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IAccreditationEvent).IsAssignableFrom(t)).ToList();

        events.Count.ShouldBe(14);
        events.Select(t => t.GetCustomAttribute<EventNameAttribute>()?.Name).ShouldAllBe(n => n != null && n.StartsWith("accreditation.", StringComparison.Ordinal));
    }

    private static Task<TestSilo> Runtime(IEventStore store) => TestSilo.StartAsync(services => services.AddSingleton(store).AddAccreditations());
}
