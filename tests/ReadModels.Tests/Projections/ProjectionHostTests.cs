using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.ReadModels.Tests.Projections;

public sealed class ProjectionHostTests
{
    [Fact]
    public async Task A_projection_sees_history_and_live_events_of_its_category_and_reports_its_position()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync("ledger-a", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], TestContext.Current.CancellationToken);
        await using var services = Build(store);
        var projection = services.GetRequiredService<StreamsSeen>();
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();
        await host.StartAsync(TestContext.Current.CancellationToken);

        await store.AppendAsync("other-b", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], TestContext.Current.CancellationToken);
        var last = await store.AppendAsync("ledger-c", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], TestContext.Current.CancellationToken);
        await projection.WaitForAsync(last.LastPosition).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        projection.Streams.ShouldBe(["ledger-a", "ledger-c"], "registered twice, the projection must still run once");
        projection.Position.ShouldBe(last.LastPosition);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_projection_that_throws_stops_and_keeps_the_error()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync("ledger-bad", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], TestContext.Current.CancellationToken);
        await using var services = Build(store);
        var projection = services.GetRequiredService<StreamsSeen>();
        projection.FailOn = "ledger-bad";
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();

        await host.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.True(() => projection.Fault is not null, "the projection recorded its fault");
        projection.Fault!.Message.ShouldContain("ledger-bad");
        projection.Position.ShouldBe(GlobalPosition.Start);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_projection_is_caught_up_only_once_it_has_applied_the_history_stored_before_it_started()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryEventStore();
        await store.AppendAsync("ledger-a", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        var end = await store.AppendAsync("ledger-b", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        await using var services = Build(store);
        var projection = services.GetRequiredService<StreamsSeen>();
        using var hold = new SemaphoreSlim(0);
        projection.Hold = hold;
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();

        await host.StartAsync(ct);
        await Eventually.True(() => projection.StartedBehind is not null, "the host read where the history ends");
        var whileHeld = projection.CaughtUp;
        hold.Release();
        var afterOne = projection.StartedBehind == end.LastPosition && !projection.CaughtUp;
        hold.Release(10);
        await Eventually.True(() => projection.CaughtUp, "the projection caught up once it applied both events");

        whileHeld.ShouldBeFalse();
        afterOne.ShouldBeTrue("one of two events applied is not caught up");
        projection.StartedBehind.ShouldBe(end.LastPosition);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_projection_of_an_empty_category_is_caught_up_at_once()
    {
        await using var services = Build(new InMemoryEventStore());
        var projection = services.GetRequiredService<StreamsSeen>();
        var host = services.GetServices<IHostedService>().OfType<ProjectionHost>().Single();

        projection.CaughtUp.ShouldBeFalse("not before the host has looked at the store");
        await host.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.True(() => projection.CaughtUp, "an empty history is caught up");
        projection.StartedBehind.ShouldBe(GlobalPosition.Start);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private static ServiceProvider Build(IEventStore store) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(store)
        .AddSingleton(new EventSerializer())
        .AddProjection<StreamsSeen>()
        .AddProjection<StreamsSeen>()
        .BuildServiceProvider();

    public sealed class StreamsSeen : Projection
    {
        private readonly ConcurrentQueue<string> _streams = new();

        public override string Name => "streams-seen";

        public override string? Category => "ledger";

        public string? FailOn { get; set; }

        /// <summary>When set, each event waits for one release before it is applied: a read model slow to load.</summary>
        public SemaphoreSlim? Hold { get; set; }

        public IReadOnlyList<string> Streams => [.. _streams];

        protected override void Apply(StoredEvent stored, object? data)
        {
            Hold?.Wait(TestContext.Current.CancellationToken);
            if (stored.StreamId == FailOn)
            {
                throw new InvalidOperationException($"cannot apply {stored.StreamId}");
            }

            _streams.Enqueue(stored.StreamId);
        }
    }
}
