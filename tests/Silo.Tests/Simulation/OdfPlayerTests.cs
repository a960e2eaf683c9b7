using System.Net.Http.Json;
using System.Text;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Grains.Odf.Simulation;
using Olympics.Orleans.Silo.Simulation;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Simulation;

public sealed class OdfPlayerTests : IAsyncLifetime
{
    private static readonly GamesDataset _games = GamesGenerator.Generate(new GamesSpec(2024, 0.2));

    // A few sessions of one day, few LIVE updates, many duplicates and corrections: small, and every case present.
    private static readonly SimulationPlan _plan = VenueDaySimulator.Plan(
        _games, VenueDaySimulator.SessionsOn(_games, new DateOnly(2024, 7, 28)).Take(3),
        new SimulationOptions(Seed: 11, LiveUpdates: 2, CurrentsPerLive: 1, KeepAliveEverySeconds: 30, CorrectionRate: 0.5, DuplicateRate: 0.5));

    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() =>
        _silo = await RunningSilo.StartAsync(null, [.. _plan.Sources.Select(s => $"--Odf:Sources:{s}:ApiKey={KeyOf(s)}"), $"--Admin:ApiKey={OdfSilo.AdminKey}"]);

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private static string KeyOf(string source) => $"simulated-key-of-{source}";

    private OdfPlayer Player(Func<string, string?> keyOf, int maxAttempts = 3) =>
        new(_silo.Http, keyOf, new PlayerOptions(Speed: 0, Concurrency: 4, RetryEverySeconds: 0.01, MaxAttempts: maxAttempts), TimeProvider.System);

    [Fact]
    public async Task A_day_played_at_full_speed_is_acknowledged_message_by_message_and_the_store_holds_each_latest_version()
    {
        _plan.Sessions.Count.ShouldBe(3);
        _plan.Messages.Count.ShouldBeGreaterThan(50);
        _plan.Messages.ShouldContain(m => m.Kind == PlannedKind.Duplicate);
        _plan.Messages.ShouldContain(m => m.Kind == PlannedKind.Correction);

        var report = await Player(KeyOf).PlayAsync(_plan, null, TestContext.Current.CancellationToken);

        report.Failures.ShouldBeEmpty();
        report.AllAcknowledged.ShouldBeTrue();
        report.Answers.Where(a => a.Message.Kind == PlannedKind.Duplicate).ShouldAllBe(a => a.Outcome == "Duplicate");
        report.Answers.Where(a => a.Message.Kind != PlannedKind.Duplicate).ShouldAllBe(a => a.Outcome == "Stored");
        foreach (var document in _plan.Messages.GroupBy(m => m.DocumentKey, StringComparer.Ordinal))
        {
            var latest = document.Last(m => m.Kind != PlannedKind.Duplicate);
            var stored = await (await _silo.Http.GetDocumentAsync(document.Key, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<OdfDocumentView>(SiloHttp.Json, TestContext.Current.CancellationToken);
            (stored!.Header.Version, stored.Withdrawn).ShouldBe((latest.Version, false), document.Key);
            stored.Xml.ShouldBe(Encoding.UTF8.GetString(latest.Body.Span));
        }
    }

    [Fact]
    public async Task Messages_of_a_source_without_a_valid_key_fail_after_the_attempts_allowed_and_the_rest_are_acknowledged()
    {
        var refused = _plan.Sources[0];

        var report = await Player(s => s == refused ? "not-the-key-of-this-source" : KeyOf(s), maxAttempts: 2)
            .PlayAsync(_plan, null, TestContext.Current.CancellationToken);

        report.Failures.ShouldNotBeEmpty();
        report.Failures.ShouldAllBe(f => f.Message.Source == refused && f.Attempts == 2 && f.Reason.StartsWith("401", StringComparison.Ordinal));
        report.Answers.ShouldAllBe(a => a.Message.Source != refused);
        report.Sent.ShouldBe(_plan.Messages.Count);
        report.AllAcknowledged.ShouldBeFalse();
    }

    [Fact]
    public void The_player_refuses_an_address_that_is_not_loopback()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://example.org") };

        Should.Throw<ArgumentException>(() => new OdfPlayer(http, KeyOf, new PlayerOptions(), TimeProvider.System));
    }
}
