using System.CommandLine;
using System.Globalization;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Silo.Simulation;
using Spectre.Console;

namespace Olympics.Orleans.Silo.Commands;

/// <summary><c>simulate</c>: plays a competition day of a generated Games to a local silo as the venues' results systems would.</summary>
internal static class SimulateCommand
{
    private static readonly Option<string> _url = new("--url") { Description = "The silo (loopback only).", DefaultValueFactory = _ => "http://localhost:5080" };
    private static readonly Option<double> _scale = new("--scale") { Description = "Scale of the generated Games (as generate).", DefaultValueFactory = _ => 0.01 };
    private static readonly Option<int> _seed = new("--seed") { Description = "Seed of the Games and of the simulation.", DefaultValueFactory = _ => 2024 };
    private static readonly Option<string> _day = new("--day") { Description = "Competition day, yyyy-MM-dd.", DefaultValueFactory = _ => "2024-07-27" };
    private static readonly Option<double> _speed = new("--speed") { Description = "1 real (plan) time, 10 ten times faster, 0 as fast as acknowledged.", DefaultValueFactory = _ => 1 };
    private static readonly Option<double> _timeScale = new("--time-scale") { Description = "Plan seconds per competition second (1/60: an hour in a minute).", DefaultValueFactory = _ => 1.0 / 60 };
    private static readonly Option<string?> _source = new("--source") { Description = "One Source for every message (default with --api-key: SIM; with --api-key-file: SEQ_{discipline})." };
    private static readonly Option<string?> _apiKey = new("--api-key") { Description = "The X-API-KEY of the one source." };
    private static readonly Option<FileInfo?> _keyFile = new("--api-key-file") { Description = "JSON object of source to X-API-KEY." };
    private static readonly Option<int> _concurrency = new("--concurrency") { Description = "Most requests in flight.", DefaultValueFactory = _ => 8 };
    private static readonly Option<bool> _noGzip = new("--no-gzip") { Description = "Send bodies uncompressed." };
    private static readonly Option<int> _maxAttempts = new("--max-attempts") { Description = "Posts per message before it fails (5 s apart).", DefaultValueFactory = _ => 12 };

    public static Command Create()
    {
        var command = new Command("simulate", "Play a competition day's ODF messages to a local silo. Example: simulate --scale 0.01 --day 2024-07-27 --speed 10 --api-key KEY")
        {
            _url, _scale, _seed, _day, _speed, _timeScale, _source, _apiKey, _keyFile, _concurrency, _noGzip, _maxAttempts,
        };
        command.SetAction((result, ct) => RunAsync(result, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CancellationToken ct)
    {
        var usage = Usage(result, out var url, out var day);
        var (keys, error) = SimulationKeys.From(result.GetValue(_apiKey), result.GetValue(_keyFile), result.GetValue(_source));
        error = usage ?? error;
        if (error is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error}[/]");
            return 2;
        }

        var games = GamesGenerator.Generate(new GamesSpec(result.GetValue(_seed), result.GetValue(_scale)));
        var plan = VenueDaySimulator.Plan(games, day, new SimulationOptions(result.GetValue(_seed), result.GetValue(_timeScale), Source: keys!.Source));
        if (plan.Messages.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No session on {day:yyyy-MM-dd} at scale {result.GetValue(_scale)}: pick another --day or a larger --scale.[/]");
            return 2;
        }

        AnsiConsole.MarkupLineInterpolated($"{plan.Sessions.Count} sessions, {plan.Messages.Count:N0} messages over {plan.Duration:hh\\:mm\\:ss} of plan time from {plan.Sources.Count} sources.");
        using var http = new HttpClient { BaseAddress = url };
        var player = new OdfPlayer(http, keys.KeyOf,
            new PlayerOptions(result.GetValue(_speed), result.GetValue(_concurrency), !result.GetValue(_noGzip), MaxAttempts: result.GetValue(_maxAttempts)),
            TimeProvider.System);
        PlayerReport report = null!;
        await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Posting", maxValue: plan.Messages.Count);
            report = await player.PlayAsync(plan, new Progress<PlayerProgress>(p => task.Value = Math.Max(task.Value, p.Done)), ct);
        });
        SimulationReportView.Show(report);
        return report.AllAcknowledged ? 0 : 1;
    }

    private static string? Usage(ParseResult result, out Uri url, out DateOnly day)
    {
        day = default;
        if (!Uri.TryCreate(result.GetValue(_url), UriKind.Absolute, out url!) || !url.IsLoopback)
        {
            return $"--url must be an absolute loopback address such as http://localhost:5080, not '{result.GetValue(_url)}'.";
        }

        if (!DateOnly.TryParseExact(result.GetValue(_day), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return $"--day must be a date as yyyy-MM-dd, not '{result.GetValue(_day)}'.";
        }

        return result.GetValue(_scale) is <= 0 or > 1 ? "--scale must be above 0 and at most 1."
            : result.GetValue(_speed) < 0 || !(result.GetValue(_timeScale) > 0) ? "--speed must be 0 or more and --time-scale above 0."
            : null;
    }
}
