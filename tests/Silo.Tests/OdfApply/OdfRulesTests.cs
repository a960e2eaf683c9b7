using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Disciplines;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Contracts.Results;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;
using static Olympics.Orleans.Silo.Tests.OdfApply.OdfRulesMessages;

namespace Olympics.Orleans.Silo.Tests.OdfApply;

/// <summary>
/// The ODF rules the grains follow, over HTTP on PostgreSQL with whole ODF messages: what the session's view says and what
/// the results snapshot (parsed from the stored document) says are the same, whatever versions are lost or late.
/// </summary>
public sealed class OdfRulesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2024, 8, 4, 19, 0, 0, TimeSpan.FromHours(2));
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await FeedSilo.StartAsync();
        (await Http.PutAsJsonAsync("/venues/STA", new RegisterVenueRequest("Stade de France", "Europe/Paris", 77000), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await Http.SendAsync(HttpMethod.Put, "/sessions/ATH01", WriterKeys.Management, new ScheduleSessionRequest(
            "ATH", "STA", "Evening session", _start, _start.AddHours(4), [new PlannedUnit(Unit, "Men's 100m Final", _start.AddMinutes(175))]))).EnsureSuccessStatusCode();
        await Http.Until<ResultPage<SessionView>>("/sessions?discipline=ATH", p => p.Total == 1);
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Official_results_after_lost_versions_replace_live_ones_a_late_version_is_ignored_and_view_and_snapshot_agree_notes_included()
    {
        await PostAsync(Result(3, "LIVE", [(0, "9.85"), (1, "9.86")]));
        await SessionAsync(s => s.Units[0].Status == ResultStatus.Live, "the LIVE results (version 3, the start list never came) were not applied");
        await PostAsync(Result(5, "OFFICIAL", [(0, "9.79"), (1, "9.79"), (2, "9.81"), (3, "9.82")]));
        var late = await PostAsync(Result(4, "UNCONFIRMED", [(1, "9.79"), (0, "9.79")]));
        await PostAsync(Result(7, "OFFICIAL", [(0, "9.79"), (2, "9.79"), (1, "9.81"), (3, "9.82")], $"<Notes><Note Version=\"7\">{PhotoFinish}</Note></Notes>"));
        await PostAsync(Result(9, "OFFICIAL", [(0, "9.79"), (2, "9.79"), (1, "9.81"), (3, "9.82")],
            $"<Notes><Note Version=\"7\">{PhotoFinish}</Note></Notes><Note Version=\"9\">{Appeal}</Note>"));

        var unit = (await SessionAsync(s => s.Units[0].Notes.Count == 2, "the corrections' notes never reached the session")).Units.Single();
        var (_, snapshot) = await Http.UntilAsync<SessionResultsView>(ResultsSilo.ResultsPath(), FeedSilo.CisKey, (_, v) => v?.Units.Single().Version == 9);
        var shown = snapshot!.Units.Single();

        late.Outcome.ShouldBe(OdfOutcome.Superseded);
        (unit.Status, shown.ResultStatus).ShouldBe((ResultStatus.Official, "OFFICIAL"));
        unit.Results.Select(r => (r.Athlete, r.Rank, r.Mark)).ShouldBe(shown.Competitors.Select(c => (c.Competitor, c.Rank, c.Mark)));
        unit.Results.Select(r => r.Athlete).ShouldBe([Runner(0), Runner(2), Runner(1), Runner(3)]);
        unit.Notes.Select(n => n.Note).ShouldBe([PhotoFinish, Appeal]);
        shown.Notes.ShouldBe([PhotoFinish, Appeal]);
        (await RefusalsAsync()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_discipline_s_schedule_gives_units_their_session_on_the_unit_element_and_a_session_s_updates_count_their_own_versions()
    {
        await PostAsync(Schedule(4, "RUNNING", "RUNNING"));
        await SessionAsync(s => s.Status == ScheduleStatus.Running && s.Units[0].ScheduleStatus == ScheduleStatus.Running, "the discipline's schedule never reached ATH01");

        await PostAsync(ScheduleUpdate(1, "FINISHED"));

        var session = await SessionAsync(s => s.Status == ScheduleStatus.Finished, "the session's update (version 1 of its own document) was ignored");
        session.Units[0].ScheduleStatus.ShouldBe(ScheduleStatus.Finished);
        (await RefusalsAsync()).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Keep_alives_of_venues_and_disciplines_are_visible_and_every_refused_one_is_listed_for_the_operators()
    {
        await PostAsync(KeepAlive("STA", 1));
        await PostAsync(KeepAlive("ATH", 1));
        await PostAsync(KeepAlive("SWM-------------------------------", 1));
        await PostAsync(KeepAlive("XXX", 1));
        await PostAsync(KeepAlive("XXX", 2));

        var venue = await UntilOkAsync<VenueView>("/venues/STA", v => v.LastKeepAlive is not null);
        var athletics = await UntilOkAsync<DisciplineView>("/disciplines/ATH", _ => true);
        var swimming = await UntilOkAsync<DisciplineView>("/disciplines/SWM", _ => true);
        var refusals = await EventuallyAsync(() => RefusalsAsync(), p => p.Total == 2, "the two refused keep-alives were not both listed");
        using var anonymous = await Http.GetAsync("/admin/odf/refusals", key: null);
        var view = await GetOkAsync<OdfDocumentView>(OdfSilo.DocumentPath(Key("DT_KA", "XXX", language: "")));
        var later = await RefusalsAsync(refusals.Items[^1].RecordedAt.AddMilliseconds(1));

        venue.LastKeepAlive.ShouldNotBeNull();
        (athletics.Source, swimming.Source).ShouldBe((OdfSilo.Source, OdfSilo.Source));
        refusals.Items.Select(r => (r.DocumentKey, r.Version)).ShouldBe([(Key("DT_KA", "XXX", language: ""), 1), (Key("DT_KA", "XXX", language: ""), 2)]);
        refusals.Items.ShouldAllBe(r => r.Reason.Contains("Venue XXX is not registered", StringComparison.Ordinal));
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (view.RefusalCount, view.Refusals.Count).ShouldBe((2, 2));
        later.Total.ShouldBe(0);
    }

    private async Task<OdfReceipt> PostAsync(string xml)
    {
        using var response = await Http.PostAsync(xml);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OdfReceipt>(SiloHttp.Json, TestContext.Current.CancellationToken))!;
    }

    private Task<SessionView> SessionAsync(Func<SessionView, bool> done, string what) => UntilOkAsync("/sessions/ATH01", done, what);

    private Task<ResultPage<OdfRefusalView>> RefusalsAsync(DateTimeOffset? since = null) =>
        GetOkAsync<ResultPage<OdfRefusalView>>(since is { } at ? $"/admin/odf/refusals?since={Uri.EscapeDataString(at.ToString("O"))}" : "/admin/odf/refusals");

    private async Task<T> GetOkAsync<T>(string path)
    {
        using var response = await Http.GetAsync(path, FeedSilo.AdminKey);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(SiloHttp.Json, TestContext.Current.CancellationToken))!;
    }

    private async Task<T> UntilOkAsync<T>(string path, Func<T, bool> done, string? what = null) =>
        (await EventuallyAsync(async () =>
        {
            using var response = await Http.GetAsync(path, FeedSilo.AdminKey);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(SiloHttp.Json, TestContext.Current.CancellationToken) : default;
        }, v => v is not null && done(v), what ?? $"{path} never answered as expected"))!;

    private static Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what) => OdfApplySilo.EventuallyAsync(read, done, what);
}
