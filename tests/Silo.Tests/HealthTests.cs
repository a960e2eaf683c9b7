using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.InMemory;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.ReadModels.Projections;
using Olympics.Orleans.Silo.Games;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_and_ready_answer_200_while_postgres_answers()
    {
        await using var silo = await RunningSilo.StartAsync();

        (await silo.Http.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Ready once the read models have caught up with the history, which may take a moment after the start.
        (await silo.ReadyAsync()).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_fails_while_postgres_is_unreachable_and_recovers_when_it_is_back()
    {
        var target = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString);
        await using var relay = new TcpForwarder(target.Host!, target.Port);
        relay.Start();
        var viaRelay = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { Host = "127.0.0.1", Port = relay.Port, Timeout = 2 };
        await using var silo = await RunningSilo.StartAsync(viaRelay.ConnectionString);
        // Ready first (the read models catch up after the start, slowly on a loaded machine), so the cut is what makes it fail.
        (await silo.ReadyAsync()).ShouldBe(HttpStatusCode.OK);

        relay.Cut();
        var whileCut = await silo.Http.GetAsync("/health/ready");
        var live = await silo.Http.GetAsync("/health/live");
        relay.Start();
        var recovered = await silo.ReadyAsync();

        whileCut.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        recovered.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_is_unhealthy_naming_a_read_model_that_is_still_loading_the_history()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryEventStore();
        await store.AppendAsync("held-1", ExpectedVersion.NoStream, [EventData.Create("x.v1", "{}")], ct);
        var projection = new HeldProjection();
        using var host = new ProjectionHost([projection], store, new EventSerializer(), NullLogger<ProjectionHost>.Instance);
        var check = new ReadModelsHealthCheck([projection]);
        await host.StartAsync(ct);
        await Eventually.True(() => projection.StartedBehind is not null, "the host read where the history ends");

        var loading = await check.CheckHealthAsync(new HealthCheckContext(), ct);
        projection.Hold.Release();
        await Eventually.True(() => projection.CaughtUp, "the held event was applied");
        var loaded = await check.CheckHealthAsync(new HealthCheckContext(), ct);
        await host.StopAsync(ct);

        loading.Status.ShouldBe(HealthStatus.Unhealthy);
        loading.Description.ShouldStartWith("held is loading the history: at 0000000000000000-0000000000000000, ready at ");
        loaded.Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task After_a_restart_ready_answers_200_only_once_the_gate_holds_every_stored_accreditation()
    {
        var schema = TestPostgres.NewSchemaName();
        await using (var first = await RunningSilo.StartInSchemaAsync(schema, null, "--Games:Scale=0.02"))
        {
            await first.App.SeedGamesAsync();
        }

        await using var silo = await RunningSilo.StartInSchemaAsync(schema);
        await silo.ReadyAsync();

        silo.Service<AccreditationsView>().Count.ShouldBe(GamesGenerator.Generate(new GamesSpec(2024, 0.02)).Accreditations.Count);
    }

    private sealed class HeldProjection : Projection
    {
        public SemaphoreSlim Hold { get; } = new(0);

        public override string Name => "held";

        public override string? Category => "held";

        protected override void Apply(StoredEvent stored, object? data) => Hold.Wait(TestContext.Current.CancellationToken);
    }
}
