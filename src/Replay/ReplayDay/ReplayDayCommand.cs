using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Replay.Cli;
using Olympics.Orleans.Replay.Store;
using Olympics.Orleans.Silo.Simulation;
using Spectre.Console;

namespace Olympics.Orleans.Replay.ReplayDay;

/// <summary>
/// <c>replay-day</c>: plays the original ODF messages of a logical day or a session into a silo's ingest, keeping their
/// relative timing at a speed factor, and reports what the target acknowledged.
/// </summary>
internal static class ReplayDayCommand
{
    public static Command Create(ReplayConsole console)
    {
        var store = new StoreOptions();
        var options = new ReplayDayOptions();
        var command = new Command("replay-day",
            "Play the original ODF messages of a logical day (Header.LogicalDate) or of one session, in stored order, into a silo's "
            + "POST /odf/messages on this machine, keeping their relative timing at --speed (1 real time, 10 ten times faster, "
            + "0 as fast as acknowledged); then a table of what the target answered. Exits 1 unless every message was answered 200. "
            + "Example: replay-day --day 2024-07-28 --target http://127.0.0.1:5080 --api-key rehearsal-key --speed 10 --schema olympics. "
            + ExitCodes.Help);
        store.AddTo(command);
        options.AddTo(command);
        command.SetRun(console, async (result, ct) =>
        {
            var (selection, target, keys, player) = options.Resolve(result);
            await using var replay = await ReplayStore.OpenAsync(store.Resolve(result), ct);
            var upTo = await replay.Events.GetLastPositionAsync(null, ct);
            var sessions = await StoredSessions.LoadAsync(replay.Events, replay.Serializer, ct);
            if (selection.Session is { } code && sessions.Catalog.Find(code) is null)
            {
                throw await StreamSuggestions.NotFoundAsync(replay.Events, $"session-{code}", ct);
            }

            var plan = await ReadAsync(console, replay, selection, sessions, upTo, ct);
            if (keys.Missing(plan.Sources) is { Count: > 0 } missing)
            {
                throw new ReplayUsageException("source-key", $"no key for source {string.Join(", ", missing)}, whose messages are in the replay.");
            }

            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Messages.Count:N0} messages of {selection} ({plan.Sessions.Count} sessions) over {plan.Duration:hh\\:mm\\:ss\\.f} at speed {player.Speed}: posting to {target}"));
            using var http = new HttpClient { BaseAddress = target };
            var clock = Stopwatch.StartNew();
            var report = await PlayAsync(console, new OdfPlayer(http, keys.KeyOf, player, TimeProvider.System), plan, ct);
            ReplayDayReportView.Show(console, report, clock.Elapsed);
            return report.AllAcknowledged ? ExitCodes.Ok : ExitCodes.Partial;
        });
        return command;
    }

    private static async Task<SimulationPlan> ReadAsync(
        ReplayConsole console, ReplayStore replay, ReplaySelection selection, StoredSessions sessions, EventStore.GlobalPosition upTo, CancellationToken ct)
    {
        SimulationPlan plan = null!;
        await console.Progress.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Reading ODF history").IsIndeterminate();
            plan = await StoredPlan.ReadAsync(replay.Events, replay.Serializer, selection, sessions, upTo,
                new Progress<long>(n => task.Description = $"Reading ODF history: {n:N0} events"), ct);
            task.Value = task.MaxValue;
            task.StopTask();
        });
        return plan.Messages.Count > 0 ? plan : throw new ReplayNotFoundException($"No stored ODF message of {selection}.");
    }

    private static async Task<PlayerReport> PlayAsync(ReplayConsole console, OdfPlayer player, SimulationPlan plan, CancellationToken ct)
    {
        PlayerReport report = null!;
        await console.Progress.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Posting", maxValue: plan.Messages.Count);
            report = await player.PlayAsync(plan, new Progress<PlayerProgress>(p => task.Value = Math.Max(task.Value, p.Done)), ct);
            task.Value = plan.Messages.Count;
        });
        return report;
    }
}
