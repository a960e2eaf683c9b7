using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Silo.Tests.Feeds;

namespace Olympics.Orleans.Silo.Tests.Sessions;

/// <summary>
/// Session answers carry results, so they follow the tiers: the admin key and CIS keys see them live; a FEED key, no
/// key and a revoked key see each session as it was the feed delay ago.
/// </summary>
public sealed class SessionTierTests : IAsyncLifetime
{
    private static readonly string _session = $"/sessions/{ResultsSilo.Session}";
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await FeedSilo.StartAsync();
        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Http.ScheduleAsync();
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private async Task<DateTimeOffset> StoredAtAsync() =>
        (await _silo.Service<IEventStore>().ReadStreamAsync($"session-{ResultsSilo.Session}", new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken)).Timestamp;

    private async Task<(SessionView View, string? CacheControl)> ReadAsync(string path, string? key)
    {
        using var response = await Http.GetAsync(path, key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return ((await response.Content.ReadFromJsonAsync<SessionView>(SiloHttp.Json, TestContext.Current.CancellationToken))!, response.Headers.CacheControl?.ToString());
    }

    private async Task<SessionView> FirstOfListAsync(string path, string? key) =>
        (await Http.GetAsync(path, key) is var response && response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<ResultPage<SessionView>>(SiloHttp.Json, TestContext.Current.CancellationToken))!
            : throw new InvalidOperationException($"{path}: {response.StatusCode}")).Items.Single();

    private static string? Mark(SessionView view) => view.Units.Single().Results is [var first, ..] ? first.Mark : null;

    [Fact]
    public async Task Results_recorded_now_are_live_for_admin_and_Cis_keys_and_reach_the_others_after_the_delay()
    {
        await Http.RecordAsync(ResultStatus.Live, "9.58");
        var storedAt = await StoredAtAsync();

        var (admin, adminCache) = await ReadAsync(_session, FeedSilo.AdminKey);
        var (cis, _) = await ReadAsync(_session, FeedSilo.CisKey);
        var (media, mediaCache) = await ReadAsync(_session, FeedSilo.FeedKey);
        var (anonymous, _) = await ReadAsync(_session, null);
        var (revoked, _) = await ReadAsync(_session, FeedSilo.RevocableKey);
        var listed = await FirstOfListAsync("/sessions?discipline=ATH", null);
        var atVenue = await FirstOfListAsync("/venues/STA/sessions", FeedSilo.FeedKey);
        var answered = DateTimeOffset.UtcNow;

        answered.ShouldBeLessThan(storedAt + FeedSilo.Delay, "every read came before the embargo ended");
        (Mark(admin), Mark(cis)).ShouldBe(("9.58", "9.58"));
        (Mark(media), Mark(anonymous), Mark(revoked), Mark(listed), Mark(atVenue)).ShouldBe((null, null, null, null, null));
        media.Units.Single().Status.ShouldBe(ResultStatus.StartList);
        (adminCache, mediaCache).ShouldBe(("no-store", "public, max-age=1"));

        var (_, later) = await Http.UntilAsync<SessionView>(_session, null, (_, v) => v is not null && Mark(v) is not null);
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(storedAt + FeedSilo.Delay);
        later!.Version.ShouldBe(admin.Version);
        Mark((await Http.Until<ResultPage<SessionView>>("/sessions?discipline=ATH", p => Mark(p.Items[0]) is not null)).Items[0]).ShouldBe("9.58");
    }

    [Fact]
    public async Task A_command_is_refused_to_callers_who_are_not_competition_management_and_answers_management_live()
    {
        await Http.RecordAsync(ResultStatus.Live, "9.58");

        using var anonymous = await Http.SendAsync(HttpMethod.Put, _session, null, ResultsSilo.Schedule, anonymous: true);
        using var media = await Http.SendAsync(HttpMethod.Post, $"{_session}/status", FeedSilo.FeedKey, new ChangeSessionStatusRequest(ScheduleStatus.Running));
        using var admin = await Http.SendAsync(HttpMethod.Put, _session, FeedSilo.AdminKey, ResultsSilo.Schedule);
        using var management = await Http.SendAsync(HttpMethod.Put, _session, WriterKeys.Management, ResultsSilo.Schedule);

        (anonymous.StatusCode, media.StatusCode, admin.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden));
        (await ReadAsync(_session, FeedSilo.CisKey)).View.Status.ShouldBe(ScheduleStatus.Scheduled, "the refused status change changed nothing");
        Mark((await management.Content.ReadFromJsonAsync<SessionView>(SiloHttp.Json, TestContext.Current.CancellationToken))!).ShouldBe("9.58");
    }
}
