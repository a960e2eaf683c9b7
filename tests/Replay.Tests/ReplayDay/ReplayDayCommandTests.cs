using System.Globalization;
using System.Text.RegularExpressions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Replay.Tests.ReplayDay;

public sealed partial class ReplayDayCommandTests(ReplayDayFixture day) : IClassFixture<ReplayDayFixture>
{
    private static string[] Keys(IEnumerable<string> sources) => [.. sources.SelectMany(s => new[] { "--source-key", $"{s}={ReplayDayFixture.KeyOf(s)}" })];

    private string[] ReplayOf(TargetSilo target, params string[] more) =>
        ["replay-day", .. ReplayRun.Store(day.Original.Schema), "--target", target.Address, .. Keys(day.Plan.Sources), "--retry-every", "0.05", .. more];

    [Fact]
    public async Task A_day_replayed_into_a_fresh_silo_leaves_it_the_same_documents_and_keeps_the_relative_timing()
    {
        var original = await ReplayDayFixture.DocumentsAsync(day.Original);
        var stored = await StoredCountOfDayAsync();
        var span = await StoredSpanAsync();
        span.ShouldBeGreaterThan(ReplayDayFixture.PlayedOver * 0.5, "the original silo's messages were stored over a few seconds");
        await using var fresh = await TargetSilo.StartAsync(day.Plan.Sources, ReplayDayFixture.KeyOf);

        var run = await ReplayRun.RunAsync(ReplayOf(fresh, "--day", "2024-07-28", "--speed", "4"));

        run.ExitCode.ShouldBe(0, run.Error + run.Output);
        Count(run.Output, "replayed").ShouldBe(stored);
        Count(run.Output, "200 Stored").ShouldBe(stored);
        Count(run.Output, "failed").ShouldBe(0);
        (await ReplayDayFixture.DocumentsAsync(fresh)).ShouldBe(original);
        // Never early, however loaded the machine: the replay's clock ran `elapsed` (printed to 0.1 s) and stopped after the
        // last message was stored, so it started no earlier than below; a message is stored after it is sent, and none may
        // be sent before its stored offset from the first, over 4. Sending everything at once stores the late ones early.
        var elapsed = TimeSpan.FromSeconds(double.Parse(ElapsedLine().Match(run.Output).Groups[1].Value, CultureInfo.InvariantCulture));
        var played = await OdfOfDay(day.Original).ToListAsync(TestContext.Current.CancellationToken);
        var replayed = await OdfOfDay(fresh).ToDictionaryAsync(e => (e.StreamId, e.StreamVersion), e => e.Timestamp, cancellationToken: TestContext.Current.CancellationToken);
        var startedNoEarlierThan = replayed.Values.Max() - elapsed - TimeSpan.FromSeconds(0.05);
        foreach (var message in played)
        {
            var due = (message.Timestamp - played[0].Timestamp) / 4;
            (replayed[(message.StreamId, message.StreamVersion)] - startedNoEarlierThan).ShouldBeGreaterThanOrEqualTo(due, $"{message.StreamId} v{message.StreamVersion} replayed early");
        }
    }

    [Fact]
    public async Task A_day_replayed_into_its_own_silo_again_changes_nothing_each_latest_version_is_a_duplicate_and_the_older_ones_superseded()
    {
        var stored = await StoredCountOfDayAsync();
        var documents = (await ReplayDayFixture.DocumentsAsync(day.Original)).Count;

        var run = await ReplayRun.RunAsync(ReplayOf(day.Original, "--day", "2024-07-28", "--speed", "0"));

        run.ExitCode.ShouldBe(0, run.Error + run.Output);
        Count(run.Output, "200 Stored").ShouldBe(0, run.Output);
        Count(run.Output, "200 Duplicate").ShouldBe(documents, run.Output);
        Count(run.Output, "200 Superseded").ShouldBe(stored - documents, run.Output);
        (await ReplayDayFixture.DocumentsAsync(day.Original)).Count.ShouldBe(documents);
        (await StoredCountOfDayAsync()).ShouldBe(stored);
    }

    [Fact]
    public async Task A_session_replay_plays_only_the_documents_of_that_session()
    {
        var session = day.Sessions[0].Code;
        await using var fresh = await TargetSilo.StartAsync(day.Plan.Sources, ReplayDayFixture.KeyOf);

        var run = await ReplayRun.RunAsync(ReplayOf(fresh, "--session", session, "--speed", "0"));

        run.ExitCode.ShouldBe(0, run.Error + run.Output);
        var original = await ReplayDayFixture.DocumentsAsync(day.Original);
        var replayed = await ReplayDayFixture.DocumentsAsync(fresh);
        replayed.Count.ShouldBeGreaterThan(1);
        replayed.Count.ShouldBeLessThan(original.Count);
        replayed.Keys.ShouldContain(k => k.Contains($"|{session}|DT_SCHEDULE_UPDATE|", StringComparison.Ordinal));
        replayed.Keys.ShouldAllBe(k => k.Contains($"|{session}|", StringComparison.Ordinal) || day.Sessions[0].Units.Any(u => k.Contains(u.Substring(0, 26), StringComparison.Ordinal)));
        foreach (var (key, document) in replayed)
        {
            document.ShouldBe(original[key], key);
        }
    }

    [Fact]
    public async Task Messages_the_target_refuses_exit_1_with_the_failures_counted()
    {
        var run = await ReplayRun.RunAsync(["replay-day", .. ReplayRun.Store(day.Original.Schema), "--target", day.Original.Address,
            "--api-key", "not-a-key-the-silo-knows-at-all", "--day", "2024-07-28", "--speed", "0", "--max-attempts", "1"]);

        run.ExitCode.ShouldBe(1, run.Error + run.Output);
        Count(run.Output, "failed").ShouldBe(await StoredCountOfDayAsync());
        run.Output.ShouldContain("401");
    }

    [Fact]
    public async Task A_target_that_is_not_on_this_machine_is_refused_before_anything_is_read()
    {
        var run = await ReplayRun.RunAsync(["replay-day", "--connection", "Host=127.0.0.1;Port=1", "--target", "http://example.org:5080", "--api-key", "k", "--day", "2024-07-28"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--target: 'http://example.org:5080' is not on this machine");
    }

    [Fact]
    public async Task An_unknown_session_exits_3_suggesting_close_codes()
    {
        var near = day.Sessions[0].Code[..^1] + (day.Sessions[0].Code[^1] == '9' ? '8' : '9');

        var run = await ReplayRun.RunAsync(ReplayOf(day.Original, "--session", near));

        run.ExitCode.ShouldBe(3, run.Error);
        run.Error.ShouldContain($"Did you mean: ");
        run.Error.ShouldContain($"session-{day.Sessions[0].Code}");
    }

    [Fact]
    public async Task A_source_without_a_key_is_bad_usage_and_named()
    {
        var missing = day.Plan.Sources[0];

        var run = await ReplayRun.RunAsync(["replay-day", .. ReplayRun.Store(day.Original.Schema), "--target", day.Original.Address,
            .. Keys(day.Plan.Sources.Skip(1)), "--day", "2024-07-28"]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain($"no key for source {missing}");
    }

    [Fact]
    public async Task Help_shows_an_example_and_the_exit_codes()
    {
        var run = await ReplayRun.RunAsync(["replay-day", "--help"]);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Example: replay-day --day");
        run.Output.ShouldContain("Exit codes:");
    }

    private static int Count(string output, string row) =>
        int.Parse(Regex.Match(output, $@"{Regex.Escape(row)}\s*│\s*([\d,]+)").Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private async Task<int> StoredCountOfDayAsync() =>
        await OdfOfDay(day.Original).CountAsync(TestContext.Current.CancellationToken);

    private async Task<TimeSpan> StoredSpanAsync()
    {
        var times = await OdfOfDay(day.Original).Select(e => e.Timestamp).ToListAsync(TestContext.Current.CancellationToken);
        return times.Max() - times.Min();
    }

    /// <summary>The ODF messages of the day that <paramref name="silo"/> stored, in stored order.</summary>
    private static IAsyncEnumerable<StoredEvent> OdfOfDay(TargetSilo silo)
    {
        var serializer = silo.Service<EventSerializer>();
        return silo.Service<IEventStore>().ReadAllAsync(new ReadAllOptions(Category: "odf", MaxCount: 1_000_000))
            .Where(e => serializer.Deserialize(e.Type, e.Data) is OdfDocumentReceived { Header.LogicalDate: var d } && d == ReplayDayFixture.Day
                || serializer.Deserialize(e.Type, e.Data) is OdfDocumentWithdrawn { Header.LogicalDate: var w } && w == ReplayDayFixture.Day);
    }

    [GeneratedRegex(@"elapsed ([\d.]+) s")]
    private static partial Regex ElapsedLine();
}
