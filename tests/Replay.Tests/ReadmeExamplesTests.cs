using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Olympics.Orleans.Replay.Tests.ReplayDay;
using Olympics.Orleans.Silo.Commands;
using Olympics.Orleans.Silo.Games;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>
/// The README's demo, snapshot and replay examples, read from README.md and run as printed on the demo Games: its silo
/// settings, its simulate command, its curl lines and its replay lines. Only what names this machine changes: the
/// silo's address (a free port), the store (the test's schema), the output folders (a temporary one) and simulate's
/// --speed (0, as fast as the silo acknowledges).
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public async Task The_readme_demo_snapshot_and_replay_examples_work_as_printed_on_the_demo_games()
    {
        var readme = Readme.Load();
        var demo = readme.Commands("## Live results in a terminal", "dotnet run --project src/Silo -- --Games").Single();
        await using var silo = await TargetSilo.StartAsync([], _ => "", [.. demo.SkipWhile(a => a != "--").Skip(1)]);
        await silo.App.SeedGamesAsync();
        var simulate = readme.Commands("## Live results in a terminal", "dotnet run --project src/Silo -- simulate").Single();
        var output = Directory.CreateTempSubdirectory("readme-");
        try
        {
            var simulated = await SiloCli.RunAsync([.. Local(simulate.SkipWhile(a => a != "--").Skip(1), silo, output, fast: true)]);
            simulated.ShouldBe(0, "simulate as printed in the README");
            await ReplayDayFixture.SettledAsync(silo);

            foreach (var curl in readme.Commands("## Results snapshots", "curl "))
            {
                var (key, url) = (curl[2]["X-API-KEY: ".Length..], curl[3]);
                var address = Local([url], silo, output, fast: false).Single();
                // A FEED key sees a version once its embargo passed (2 s after it was stored).
                await Eventually.Value(() => GetAsync(silo, address, key), s => s == HttpStatusCode.OK, string.Join(' ', curl));
            }

            // The messages move the grains through the ODF apply process, after they are stored: wait for BOX01's first results.
            await Eventually.Value(async () => (await silo.Http.GetFromJsonAsync<JsonElement>("/sessions/BOX01")).GetProperty("units").EnumerateArray()
                .Count(u => u.GetProperty("results").GetArrayLength() > 0), n => n > 0, "BOX01 has results");

            foreach (var line in readme.Commands("## Replay and audit", "replay "))
            {
                var run = await ReplayRun.RunAsync([.. Local(line.Skip(1), silo, output, fast: false), .. ReplayRun.Store(silo.Schema)]);
                run.ExitCode.ShouldBe(0, $"{string.Join(' ', line)}\n{run.Error}\n{run.Output}");
                if (line[1] == "state-at")
                {
                    run.Output.ShouldContain("session-BOX01");
                    run.Output.ShouldContain("2024-07-27T09:30:00.000Z", customMessage: "11:30 at the North Paris Arena is 09:30 UTC");
                    var then = await StateAtVersionAsync([.. Local(line.Skip(2), silo, output, fast: false)], silo);
                    then.ShouldBeGreaterThanOrEqualTo(2, "mid-session (10:00 to 13:00 local): some of the day's results");
                    // The ODF apply process may still be applying the day's later messages: the session moves past 11:30 once it has.
                    await Eventually.Value(() => StateAtVersionAsync(["session-BOX01"], silo), end => end > then,
                        "the session holds results after 11:30 local (so the 11:30 state was not all of the day's)", TimeSpan.FromSeconds(60));
                }
            }

            var report = await File.ReadAllTextAsync(Path.Combine(output.FullName, "report-0727", "report.md"), TestContext.Current.CancellationToken);
            report.ShouldContain("# Report: competition day 2024-07-27");
            report.ShouldMatch(@"\| BOX \| \d+ \|");
            File.Exists(Path.Combine(output.FullName, "changes.csv")).ShouldBeTrue();
        }
        finally
        {
            output.Delete(true);
        }
    }

    private static async Task<long> StateAtVersionAsync(string[] args, TargetSilo silo)
    {
        var run = await ReplayRun.RunAsync(["state-at", .. args, "--format", "json", .. ReplayRun.Store(silo.Schema)]);
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonNode.Parse(run.Output)!["version"]!.GetValue<long>();
    }

    private static async Task<HttpStatusCode> GetAsync(TargetSilo silo, string address, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("X-API-KEY", key);
        using var response = await silo.Http.SendAsync(request);
        return response.StatusCode;
    }

    // The README's silo address becomes the test silo's, a relative --out a folder under the temporary one.
    private static IEnumerable<string> Local(IEnumerable<string> args, TargetSilo silo, DirectoryInfo output, bool fast)
    {
        string? previous = null;
        foreach (var arg in args)
        {
            yield return previous switch
            {
                "--out" => Path.Combine(output.FullName, arg),
                "--speed" when fast => "0",
                _ => LocalSilo().Replace(arg, silo.Address.TrimEnd('/')),
            };
            previous = arg;
        }
    }

    [GeneratedRegex("http://(localhost|127\\.0\\.0\\.1):5080")]
    private static partial Regex LocalSilo();
}
