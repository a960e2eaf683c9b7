using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Olympics.Orleans.Client;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>
/// No endpoint lets a key see results earlier than its tier allows. A DT_RESULT, a medal table, a session result and a
/// heat's OFFICIAL result (the qualification process then marks the athlete qualified and opens the semi-final's venue
/// to them) are posted at T; a FEED key, a CIS key, no key and a revoked key then try every route that carries results,
/// over HTTP and through the SDK, streams included, until the embargo has passed. Every route of the app must be classified.
/// </summary>
public sealed class TierSweepTests : IAsyncLifetime
{
    private static readonly TimeSpan _delay = FeedSilo.Delay;
    private readonly List<string> _failures = [];
    private RunningSilo _silo = null!;
    private Caller[] _callers = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await FeedSilo.StartAsync("--Feeds:SnapshotRequestsPerSecond=10000", "--Feeds:MaxConnectionsPerKey=8");
        _callers = [Caller("FEED", FeedSilo.FeedKey), Caller("CIS", FeedSilo.CisKey), Caller("no key", null), Caller("revoked", FeedSilo.RevocableKey)];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var caller in _callers)
        {
            caller.Client.Dispose();
        }

        await _silo.DisposeAsync();
    }

    [Fact]
    public void Every_route_of_the_app_is_classified_and_every_route_said_to_be_probed_is()
    {
        var routes = ((IEndpointRouteBuilder)_silo.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().ToList();
        var probed = TierSweepProbes.All(Http).Select(p => p.Route).ToHashSet();

        routes.Where(r => !TierSweepRoutes.All.ContainsKey(r)).ShouldBeEmpty("classify each new route in TierSweepRoutes: does it carry results, and for which tier?");
        TierSweepRoutes.All.Keys.Where(r => !routes.Contains(r)).ShouldBeEmpty("routes classified but gone from the app");
        TierSweepRoutes.All.Where(r => r.Value.How.StartsWith("probed", StringComparison.Ordinal) && !probed.Contains(r.Key) && !IsStream(r.Key))
            .Select(r => r.Key).ShouldBeEmpty("routes said to be probed that no probe calls");
    }

    [Fact]
    public async Task No_key_sees_a_result_before_its_tier_allows_through_any_route()
    {
        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Http.ScheduleAsync();
        await Http.ArrangeAsync(_silo.Service<IGrainFactory>());
        await PostAsync(1, TierSweepProbes.OldMark);
        var probes = TierSweepProbes.All(Http);
        await UntilAsync(() => EveryoneSeesAsync(probes, Seen.Old), TimeSpan.FromSeconds(15), "the versions before T never reached every caller");

        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        streaming.CancelAfter(TimeSpan.FromSeconds(30));
        var streams = TierSweepStreams.Start(Http, _callers, streaming.Token);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var posted = await PostAsync(2, TierSweepProbes.NewMark);

        var observations = await ObserveAsync(probes, posted);
        foreach (var probe in probes)
        {
            foreach (var caller in _callers)
            {
                Check(probe, caller, posted[probe.Posted], [.. observations.Where(o => o.Probe == probe && o.Caller == caller)]);
            }
        }

        foreach (var stream in await streams)
        {
            CheckStream(stream, posted[Posted.Result]);
        }

        _failures.ShouldBeEmpty();
    }

    private sealed record Observation(Probe Probe, Caller Caller, DateTimeOffset AnsweredAt, Seen Seen);

    private async Task<List<Observation>> ObserveAsync(IReadOnlyList<Probe> probes, IReadOnlyDictionary<Posted, DateTimeOffset> posted)
    {
        var observations = new List<Observation>();
        var deadline = posted.Values.Max() + _delay + TimeSpan.FromSeconds(10);
        while (DateTimeOffset.UtcNow < deadline)
        {
            foreach (var probe in probes)
            {
                foreach (var caller in _callers)
                {
                    var seen = await probe.RunAsync(caller);
                    observations.Add(new Observation(probe, caller, DateTimeOffset.UtcNow, seen));
                }
            }

            // Done once every caller that may see the new versions has seen them after the embargo.
            if (probes.All(p => _callers.All(c => Expected(p.Rule, c) != Seen.New || observations.Any(o => o.Probe == p && o.Caller == c && o.Seen == Seen.New))))
            {
                break;
            }
        }

        return observations;
    }

    // What a caller must see in the end: the new version, or a refusal.
    private static Seen Expected(Rule rule, Caller caller) => (rule, caller.Name) switch
    {
        (Rule.AdminOnly, _) => Seen.Refused,
        (Rule.Tiered, "no key" or "revoked") => Seen.Refused,
        _ => Seen.New,
    };

    private void Check(Probe probe, Caller caller, DateTimeOffset storedAt, List<Observation> seen)
    {
        var what = $"{probe.Name} for {caller.Name}";
        var embargoEnds = storedAt + _delay;
        var early = seen.Where(o => o.AnsweredAt < embargoEnds).ToList();
        if (early.Count == 0)
        {
            _failures.Add($"{what}: never asked before the embargo ended (the machine was too slow to prove anything)");
            return;
        }

        if (Expected(probe.Rule, caller) == Seen.Refused)
        {
            Report(what, seen.Where(o => o.Seen != Seen.Refused).ToList(), storedAt, "expected a refusal");
        }
        else if (caller.Name == "CIS" || probe.Rule == Rule.Live)
        {
            if (!early.Any(o => o.Seen == Seen.New))
            {
                _failures.Add($"{what}: did not see the new version before T+{_delay.TotalSeconds} s");
            }
        }
        else
        {
            Report(what, early.Where(o => o.Seen != Seen.Old).ToList(), storedAt, "before the embargo");
            if (!seen.Any(o => o.Seen == Seen.New))
            {
                _failures.Add($"{what}: never saw the new version after the embargo");
            }
        }
    }

    private void Report(string what, List<Observation> wrong, DateTimeOffset storedAt, string expected)
    {
        if (wrong.Count > 0)
        {
            _failures.Add($"{what}: {wrong[0].Seen} at {Since(wrong[0].AnsweredAt, storedAt)}, {expected} ({wrong.Count} such answers)");
        }
    }

    private void CheckStream(StreamArrival stream, DateTimeOffset storedAt)
    {
        var what = $"{stream.Transport} for {stream.Caller.Name}";
        switch (stream.Caller.Name)
        {
            case "CIS" when stream.ReceivedAt is not { } at || at >= storedAt + _delay:
                _failures.Add($"{what}: the new version arrived at {Since(stream.ReceivedAt, storedAt)}, not at once");
                break;
            case "FEED" when stream.ReceivedAt is not { } at || at < storedAt + _delay:
                _failures.Add($"{what}: the new version arrived at {Since(stream.ReceivedAt, storedAt)}, expected at T+{_delay.TotalSeconds} s or later");
                break;
            case "no key" or "revoked" when !stream.Refused:
                _failures.Add($"{what}: the stream was not refused");
                break;
        }
    }

    private static string Since(DateTimeOffset? at, DateTimeOffset storedAt) => at is { } a ? $"T+{(a - storedAt).TotalMilliseconds:F0} ms" : "never";

    private static bool IsStream(string route) => route is "GET /feeds/sse" or "GET /feeds/ws";

    private async Task<bool> EveryoneSeesAsync(IReadOnlyList<Probe> probes, Seen wanted)
    {
        foreach (var probe in probes)
        {
            foreach (var caller in _callers)
            {
                var expected = Expected(probe.Rule, caller) == Seen.Refused ? Seen.Refused : wanted;
                if (await probe.RunAsync(caller) != expected)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Records the heat's results (UNOFFICIAL, then OFFICIAL: the athlete qualifies), posts version <paramref name="version"/>
    /// of the unit's DT_RESULT and of the medal table, and records the mark on the session; their stored times.
    /// </summary>
    private async Task<Dictionary<Posted, DateTimeOffset>> PostAsync(int version, string mark)
    {
        await Http.RecordHeatAsync(version == 1 ? ResultStatus.Unofficial : ResultStatus.Official);
        (await Http.PostAsync(ResultBodies.Result(ResultsSilo.Unit, version, "LIVE", ("17", "FRA", mark)))).EnsureSuccessStatusCode();
        (await Http.PostAsync(ResultBodies.Medals(version, ("FRA", version, 0, 0)))).EnsureSuccessStatusCode();
        await Http.RecordAsync(ResultStatus.Live, mark);
        var (standing, access) = version == 1 ? default : await TierSweepAthletes.QualifiedAsync(_silo.Service<IEventStore>());
        return new Dictionary<Posted, DateTimeOffset>
        {
            [Posted.Standing] = standing,
            [Posted.Access] = access,
            [Posted.Result] = await StoredAtAsync($"odf-{OdfMessages.KeyOf()}"),
            [Posted.Medals] = await StoredAtAsync($"odf-{ResultBodies.KeyOf("DT_MEDALS", ResultBodies.Global)}"),
            [Posted.Session] = await StoredAtAsync($"session-{ResultsSilo.Session}"),
        };
    }

    private async Task<DateTimeOffset> StoredAtAsync(string stream) =>
        (await _silo.Service<IEventStore>().ReadStreamAsync(stream, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken)).Timestamp;

    private static async Task UntilAsync(Func<Task<bool>> done, TimeSpan within, string failure)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (!await done())
        {
            DateTimeOffset.UtcNow.ShouldBeLessThan(deadline, failure);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private Caller Caller(string name, string? key) => new(name, key, new OlympicsClient(new OlympicsClientOptions
    {
        BaseAddress = Http.BaseAddress!,
        ApiKey = key,
        MaxRetries = 0,
    }));
}
