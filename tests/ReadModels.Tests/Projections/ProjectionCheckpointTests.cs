using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.ReadModels.Tests.Projections;

public sealed class ProjectionCheckpointTests
{
    [Fact]
    public async Task The_host_loads_the_active_checkpoint_and_applies_only_the_events_after_it()
    {
        var (store, readModels) = (new InMemoryEventStore(), new InMemoryReadModelStore());
        var ct = TestContext.Current.CancellationToken;
        await store.AppendAsync("ledger-a", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        var checkpointed = await store.AppendAsync("ledger-b", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        await SaveActiveAsync(readModels, checkpointed.LastPosition, "ledger-a", "ledger-b");
        var last = await store.AppendAsync("ledger-c", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);

        var ledger = await RunHostAsync(store, readModels, last.LastPosition);

        ledger.Loaded.ShouldBe(["ledger-a", "ledger-b"]);
        ledger.Applied.ShouldBe(["ledger-c"], "events up to the checkpoint's position come from the checkpoint, not the store");
        ledger.Streams.ShouldBe(["ledger-a", "ledger-b", "ledger-c"]);
    }

    [Fact]
    public async Task A_checkpoint_of_another_shape_is_ignored_and_the_host_folds_from_the_start()
    {
        var (store, readModels) = (new InMemoryEventStore(), new InMemoryReadModelStore());
        var last = await store.AppendAsync("ledger-a", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], TestContext.Current.CancellationToken);
        await SaveActiveAsync(readModels, last.LastPosition, "ledger-z", shape: "ledger.v0");

        var ledger = await RunHostAsync(store, readModels, last.LastPosition);

        ledger.Loaded.ShouldBeEmpty();
        ledger.Streams.ShouldBe(["ledger-a"]);
    }

    [Fact]
    public void Saving_the_same_state_twice_gives_the_same_bytes_and_loading_restores_state_and_position()
    {
        var original = new Ledger();
        original.ApplyEvent(Event("ledger-b", new GlobalPosition(3, 1)), null);
        original.ApplyEvent(Event("ledger-a", new GlobalPosition(4, 2)), null);
        var saved = ProjectionCheckpoints.Save(original);
        var copy = new Ledger();

        ProjectionCheckpoints.Load(copy, saved, original.Position);

        ProjectionCheckpoints.Save(original).ShouldBe(saved);
        ProjectionCheckpoints.Save(copy).ShouldBe(saved);
        copy.Streams.ShouldBe(original.Streams);
        copy.Position.ShouldBe(new GlobalPosition(4, 2));
        Should.Throw<InvalidOperationException>(() => ProjectionCheckpoints.Load(copy, saved, original.Position)).Message.ShouldContain("applied events already");
    }

    private static async Task SaveActiveAsync(InMemoryReadModelStore readModels, GlobalPosition position, string stream, string? other = null, string shape = Ledger.CurrentShape)
    {
        var source = new Ledger();
        foreach (var id in new[] { stream, other }.OfType<string>())
        {
            source.ApplyEvent(Event(id, GlobalPosition.Start), null);
        }

        var version = await readModels.BeginAsync("ledger", shape);
        await readModels.SaveAsync("ledger", version, position, 2, ProjectionCheckpoints.Save(source));
        await readModels.ActivateAsync("ledger", version);
    }

    private static async Task<Ledger> RunHostAsync(InMemoryEventStore store, InMemoryReadModelStore readModels, GlobalPosition until)
    {
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IEventStore>(store).AddSingleton<IReadModelStore>(readModels)
            .AddSingleton(new EventStore.Serialization.EventSerializer()).AddProjection<Ledger>().BuildServiceProvider();
        var ledger = services.GetRequiredService<Ledger>();
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();
        await host.StartAsync(TestContext.Current.CancellationToken);
        await ledger.WaitForAsync(until).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
        return ledger;
    }

    private static StoredEvent Event(string stream, GlobalPosition position) =>
        new(Guid.NewGuid(), stream, 1, "x.v1", "{}", EventMetadata.Empty, DateTimeOffset.UnixEpoch, position);

    public sealed class Ledger : Projection, IPersistentProjection
    {
        public const string CurrentShape = "ledger.v1";
        private readonly SortedSet<string> _streams = new(StringComparer.Ordinal);

        public override string Name => "ledger";

        public override string? Category => "ledger";

        public string Shape => CurrentShape;

        public List<string> Loaded { get; } = [];

        public List<string> Applied { get; } = [];

        public IReadOnlyList<string> Streams => [.. _streams];

        public void Save(Stream destination) => ProjectionState.WriteLines(destination, _streams);

        public void Load(Stream source)
        {
            Loaded.AddRange(ProjectionState.ReadLines<string>(source));
            _streams.UnionWith(Loaded);
        }

        protected override void Apply(StoredEvent stored, object? data)
        {
            Applied.Add(stored.StreamId);
            _streams.Add(stored.StreamId);
        }
    }
}
