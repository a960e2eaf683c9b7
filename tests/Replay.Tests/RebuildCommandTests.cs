using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.Grains.Accreditations.Gate;
using Olympics.Orleans.Replay.Rebuild;
using Olympics.Orleans.ReadModels.Projections;

namespace Olympics.Orleans.Replay.Tests;

public sealed class RebuildCommandTests
{
    [Fact]
    public async Task A_rebuild_interrupted_and_resumed_saves_the_same_state_as_an_uninterrupted_one()
    {
        await using var history = await RebuildHistory.CreateAsync(3_000);
        var whole = await ReplayRun.RunAsync(["rebuild", "accreditations", "--page-size", "400", .. ReplayRun.Store(history.Schema)]);
        whole.ExitCode.ShouldBe(0, whole.Error);
        var uninterrupted = (await history.ReadModels.LoadActiveAsync("accreditations", TestContext.Current.CancellationToken))!;

        using var stop = new CancellationTokenSource();
        var rebuild = new ReadModelRebuild(history.Events, history.ReadModels, RebuildHistory.Serializer, new RebuildSettings(PageSize: 400, CheckpointEvery: 800))
        {
            Applied = folded => { if (folded >= 1_600) stop.Cancel(); },
        };
        var interrupted = await rebuild.RunAsync(new AccreditationsView(), resume: false, stop.Token);
        interrupted.Result.ShouldBe(RebuildResult.Interrupted);
        interrupted.Events.ShouldBe(1_600, "the checkpoint holds the pages applied before the interruption, whole");
        (await history.ReadModels.LoadBuildingAsync("accreditations", TestContext.Current.CancellationToken))!.Info.Events.ShouldBe(1_600);

        var resumed = await ReplayRun.RunAsync(["rebuild", "accreditations", "--resume", "--page-size", "400", .. ReplayRun.Store(history.Schema)]);

        resumed.ExitCode.ShouldBe(0, resumed.Error);
        resumed.Output.ShouldContain("activated");
        var active = (await history.ReadModels.LoadActiveAsync("accreditations", TestContext.Current.CancellationToken))!;
        active.Info.Version.ShouldBe(uninterrupted.Info.Version + 1);
        (active.Info.Events, active.Info.Position).ShouldBe((uninterrupted.Info.Events, uninterrupted.Info.Position));
        active.Data.ShouldBe(uninterrupted.Data, "byte for byte");
        var (a, b) = (Load(uninterrupted), Load(active));
        foreach (var number in new[] { 1, 5, 1_600, 1_601, 2_999 })
        {
            b.Find(number)!.ToSummary().ShouldBe(a.Find(number)!.ToSummary());
        }

        b.List(null, AccreditationStatus.Suspended, 1, 500).Total.ShouldBe(600);
        b.List(null, null, 1, 10).Items.ShouldBe(a.List(null, null, 1, 10).Items);
    }

    [Fact]
    public async Task A_rebuild_during_appends_activates_and_a_host_started_later_ends_equal_to_a_fold_from_zero()
    {
        await using var history = await RebuildHistory.CreateAsync(2_000);
        var appending = Task.Run(() => history.ChangeAsync(1, 300, "during rebuild"), TestContext.Current.CancellationToken);

        var run = await ReplayRun.RunAsync(["rebuild", "all", "--page-size", "200", .. ReplayRun.Store(history.Schema)]);
        await appending;

        run.ExitCode.ShouldBe(0, run.Error);
        foreach (var name in new[] { "accreditations", "athlete-directory", "session-catalog", "venue-directory" })
        {
            run.Output.ShouldMatch($@"{name}\s*│\s*1\s*│\s*activated");
        }

        var checkpoint = (await history.ReadModels.LoadActiveAsync("accreditations", TestContext.Current.CancellationToken))!;
        var last = await history.ChangeAsync(301, 50, "after rebuild");
        last.ShouldBeGreaterThan(checkpoint.Info.Position);

        var restored = await HostAsync(history, withCheckpoints: true, last);
        var fromZero = await HostAsync(history, withCheckpoints: false, last);

        ProjectionCheckpoints.Save(restored).ShouldBe(ProjectionCheckpoints.Save(fromZero));
        restored.Find(320)!.ZonesAt("STA").ShouldBe([320 % 9]);
        restored.Find(1_999)!.Status.ShouldBe(fromZero.Find(1_999)!.Status);
    }

    [Fact]
    public async Task An_unknown_read_model_exits_3_and_suggests_close_names()
    {
        var run = await ReplayRun.RunAsync(["rebuild", "acreditations", "--connection", "Host=127.0.0.1;Port=1"]);

        run.ExitCode.ShouldBe(3);
        run.Error.ShouldContain("Did you mean: accreditations");
    }

    [Fact]
    public async Task Help_shows_an_example_and_list_shows_the_saved_versions()
    {
        var help = await ReplayRun.RunAsync(["rebuild", "--help"]);
        help.ExitCode.ShouldBe(0);
        help.Output.ShouldContain("Example: rebuild accreditations");
        help.Output.ShouldContain("Exit codes:");

        await using var history = await RebuildHistory.CreateAsync(10);
        (await ReplayRun.RunAsync(["rebuild", "venue-directory", .. ReplayRun.Store(history.Schema)])).ExitCode.ShouldBe(0);
        var list = await ReplayRun.RunAsync(["rebuild", "--list", .. ReplayRun.Store(history.Schema)]);

        list.ExitCode.ShouldBe(0, list.Error);
        list.Output.ShouldMatch(@"venue-directory\s*│\s*1\s*│\s*active\s*│\s*venue-directory\.v1");
        list.Output.ShouldMatch(@"accreditations\s*│\s*-\s*│\s*never built");
    }

    private static AccreditationsView Load(ReadModelCheckpoint checkpoint)
    {
        var view = new AccreditationsView();
        ProjectionCheckpoints.Load(view, checkpoint.Data, checkpoint.Info.Position);
        return view;
    }

    // A silo's projection host on the same store, with or without the read-model store, run until it reaches the position.
    private static async Task<AccreditationsView> HostAsync(RebuildHistory history, bool withCheckpoints, GlobalPosition until)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<IEventStore>(history.Events).AddSingleton(RebuildHistory.Serializer);
        if (withCheckpoints)
        {
            services.AddSingleton<IReadModelStore>(history.ReadModels);
        }

        await using var provider = services.AddProjection<AccreditationsView>().BuildServiceProvider();
        var host = provider.GetServices<IHostedService>().OfType<ProjectionHost>().Single();
        await host.StartAsync(TestContext.Current.CancellationToken);
        var view = provider.GetRequiredService<AccreditationsView>();
        await view.WaitForAsync(until).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
        view.Fault.ShouldBeNull();
        return view;
    }
}
