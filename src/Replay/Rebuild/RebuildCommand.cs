using System.CommandLine;
using System.Globalization;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.Replay.Cli;
using Olympics.Orleans.Replay.Store;
using Olympics.Orleans.ReadModels.Projections;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Rebuild;

/// <summary>
/// <c>rebuild</c>: folds the history into a new version of one read model (or all), beside the active one that
/// silos load at start, and activates it once caught up. Resumable; silos keep serving throughout.
/// </summary>
internal static class RebuildCommand
{
    public static Command Create(ReplayConsole console)
    {
        var store = new StoreOptions();
        var name = new Argument<string?>("read-model") { Arity = ArgumentArity.ZeroOrOne, Description = $"The read model to rebuild ({string.Join(", ", ReadModelCatalog.Names)}), or all." };
        var resume = new Option<bool>("--resume") { Description = "Continue the newest unfinished (building) version instead of starting again; a read model with nothing to continue and an active version of this build's shape is left as it is." };
        var every = new Option<long>("--checkpoint-every") { Description = "Save the building version every N events (also every 30 s and on Ctrl+C).", DefaultValueFactory = _ => 1_000_000 };
        var pageSize = new Option<int>("--page-size") { Description = "Events read per query.", DefaultValueFactory = _ => 5_000 };
        var list = new Option<bool>("--list") { Description = "List the saved read models: versions, status, shapes, positions." };
        var command = new Command("rebuild",
            "Rebuild a read model (or all) from the event history, beside the live one, and switch silos to it once caught up "
            + "(a silo started after the switch loads it). Ctrl+C saves a checkpoint; --resume continues it. "
            + "Example: rebuild accreditations --connection \"Host=localhost;Username=postgres\" --schema olympics. " + ExitCodes.Help);
        command.Arguments.Add(name);
        command.Options.Add(resume);
        command.Options.Add(every);
        command.Options.Add(pageSize);
        command.Options.Add(list);
        store.AddTo(command);
        command.SetRun(console, async (result, ct) =>
        {
            var which = result.GetValue(name);
            var listing = result.GetValue(list);
            var settings = new RebuildSettings(result.GetValue(pageSize), result.GetValue(every));
            if (!listing && which is null)
            {
                throw new ReplayUsageException("read-model", $"name a read model ({string.Join(", ", ReadModelCatalog.Names)}) or all, or give --list.");
            }

            if (settings.CheckpointEvery < 1 || settings.PageSize is < 1 or > 100_000)
            {
                throw new ReplayUsageException(settings.CheckpointEvery < 1 ? "checkpoint-every" : "page-size", "must be at least 1 (page size at most 100,000).");
            }

            var projections = listing ? [] : ReadModelCatalog.Resolve(which!);
            await using var replay = await ReplayStore.OpenAsync(store.Resolve(result), ct);
            await using var readModels = new PostgresReadModelStore(new PostgresReadModelStoreOptions { ConnectionString = replay.Settings.ConnectionString, Schema = replay.Settings.Schema });
            await readModels.InitializeAsync(ct);
            if (listing)
            {
                return await ReadModelList.WriteAsync(console, readModels, ct);
            }

            var outcomes = await RunAsync(console, replay, readModels, projections, settings, result.GetValue(resume), ct);
            WriteSummary(console, outcomes);
            if (outcomes[^1] is { Result: RebuildResult.Interrupted } stopped)
            {
                await console.Error.WriteLineAsync(
                    $"rebuild: interrupted. {stopped.Name} version {stopped.Version} saved after {stopped.Events:N0} events (position {stopped.Position}). "
                    + $"Resume with: rebuild {which} --resume");
                return ExitCodes.Interrupted;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<List<RebuildOutcome>> RunAsync(
        ReplayConsole console, ReplayStore replay, PostgresReadModelStore readModels, IReadOnlyList<Projection> projections,
        RebuildSettings settings, bool resume, CancellationToken ct)
    {
        var outcomes = new List<RebuildOutcome>();
        await console.Progress.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new EventsPerSecondColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                foreach (var projection in projections)
                {
                    var task = context.AddTask(projection.Name, maxValue: 1);
                    var rebuild = new ReadModelRebuild(replay.Events, readModels, replay.Serializer, settings)
                    {
                        Started = async (folded, after) =>
                        {
                            task.MaxValue = Math.Max(1, folded + await replay.CountEventsAsync(projection.Category, after, ct));
                            task.Value = folded;
                        },
                        Applied = folded =>
                        {
                            task.MaxValue = Math.Max(task.MaxValue, folded);
                            task.Value = folded;
                        },
                    };
                    var outcome = await rebuild.RunAsync(projection, resume, ct);
                    outcomes.Add(outcome);
                    if (outcome.Result != RebuildResult.Interrupted)
                    {
                        task.Value = task.MaxValue;
                    }

                    task.StopTask();
                    if (outcome.Result == RebuildResult.Interrupted)
                    {
                        break;
                    }
                }
            });
        return outcomes;
    }

    private static void WriteSummary(ReplayConsole console, List<RebuildOutcome> outcomes)
    {
        var table = new Table().AddColumns("read model", "version", "result").AddColumn(new TableColumn("events").RightAligned())
            .AddColumn(new TableColumn("this run").RightAligned()).AddColumn(new TableColumn("seconds").RightAligned())
            .AddColumn(new TableColumn("events/s").RightAligned()).AddColumn("position");
        foreach (var o in outcomes)
        {
            table.AddRow(o.Name, o.Version.ToString(CultureInfo.InvariantCulture), o.Result.ToString().ToLowerInvariant(),
                o.Events.ToString("N0", CultureInfo.InvariantCulture), o.EventsThisRun.ToString("N0", CultureInfo.InvariantCulture),
                o.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), o.Rate.ToString("N0", CultureInfo.InvariantCulture), o.Position.ToToken());
        }

        WideTables.Write(console, table);
    }
}
