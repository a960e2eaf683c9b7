using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Athletes;

/// <summary>
/// Athlete answers carry standing derived from results, so they follow the tiers: the admin key and CIS keys see them
/// live; a FEED key, no key and a revoked key see each athlete as they were the feed delay ago.
/// </summary>
public sealed class AthleteTierTests : IAsyncLifetime
{
    private const string Men100 = "ATHM100M--------------------------";
    private const string SemiPhase = "ATHM100M--------------SFNL--------";
    private const string Athlete = "/athletes/1001";
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync()
    {
        _silo = await FeedSilo.StartAsync();
        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private static RegisterAthleteRequest Registration { get; } = new("JAM", "Kishane", "Thompson", AthleteGender.Male, new DateOnly(2001, 5, 31), "ATH", "12345678");

    private async Task<T> SendAsync<T>(HttpMethod method, string path, string? key, object body)
    {
        using var response = await Http.SendAsync(method, path, key, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(SiloHttp.Json, TestContext.Current.CancellationToken))!;
    }

    private async Task RegisterAndEnterAsync()
    {
        await SendAsync<AthleteView>(HttpMethod.Put, Athlete, null, Registration);
        await SendAsync<AthleteView>(HttpMethod.Post, $"{Athlete}/entries", null, new EnterEventRequest(Men100));
    }

    private async Task<(AthleteView View, string? CacheControl)> ReadAsync(string? key)
    {
        using var response = await Http.GetAsync(Athlete, key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return ((await response.Content.ReadFromJsonAsync<AthleteView>(SiloHttp.Json, TestContext.Current.CancellationToken))!, response.Headers.CacheControl?.ToString());
    }

    private async Task<AthleteView> FirstOfListAsync(string? key)
    {
        using var response = await Http.GetAsync($"/athletes?noc=JAM&event={Men100}", key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ResultPage<AthleteView>>(SiloHttp.Json, TestContext.Current.CancellationToken))!.Items.Single();
    }

    private static EntryStatus? Standing(AthleteView view) => view.Entries is [var entry] ? entry.Status : null;

    [Fact]
    public async Task Standing_set_now_is_live_for_admin_and_Cis_keys_and_reaches_the_others_after_the_delay()
    {
        await RegisterAndEnterAsync();
        await Http.UntilAsync<AthleteView>(Athlete, null, (_, v) => v is not null && Standing(v) == EntryStatus.Entered);

        await SendAsync<AthleteView>(HttpMethod.Post, $"{Athlete}/qualified", WriterKeys.Management, new MarkQualifiedRequest(Men100, SemiPhase));
        var storedAt = (await _silo.Service<IEventStore>().ReadStreamAsync("athlete-1001", new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken)).Timestamp;
        var (admin, adminCache) = await ReadAsync(FeedSilo.AdminKey);
        var (cis, _) = await ReadAsync(FeedSilo.CisKey);
        var (media, mediaCache) = await ReadAsync(FeedSilo.FeedKey);
        var (anonymous, _) = await ReadAsync(null);
        var (revoked, _) = await ReadAsync(FeedSilo.RevocableKey);
        // Lists come from the athlete directory, a read model a few milliseconds behind the grain: poll it, bounded.
        var listedForCis = await FirstOfListAsync(FeedSilo.CisKey);
        for (var i = 0; i < 100 && Standing(listedForCis) != EntryStatus.Qualified; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
            listedForCis = await FirstOfListAsync(FeedSilo.CisKey);
        }

        var listedForMedia = await FirstOfListAsync(FeedSilo.FeedKey);
        var answered = DateTimeOffset.UtcNow;

        answered.ShouldBeLessThan(storedAt + FeedSilo.Delay, "every read came before the embargo ended");
        (Standing(admin), Standing(cis), Standing(listedForCis)).ShouldBe((EntryStatus.Qualified, EntryStatus.Qualified, EntryStatus.Qualified));
        (Standing(media), Standing(anonymous), Standing(revoked), Standing(listedForMedia)).ShouldBe((EntryStatus.Entered, EntryStatus.Entered, EntryStatus.Entered, EntryStatus.Entered));
        (adminCache, mediaCache).ShouldBe(("no-store", "public, max-age=1"));

        var (_, later) = await Http.UntilAsync<AthleteView>(Athlete, null, (_, v) => v is not null && Standing(v) == EntryStatus.Qualified);
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(storedAt + FeedSilo.Delay);
        later!.Version.ShouldBe(admin.Version);
    }

    [Fact]
    public async Task A_command_is_refused_to_callers_who_are_not_competition_management_and_answers_management_live()
    {
        await RegisterAndEnterAsync();

        using var anonymous = await Http.SendAsync(HttpMethod.Post, $"{Athlete}/qualified", null, new MarkQualifiedRequest(Men100, SemiPhase), anonymous: true);
        using var media = await Http.SendAsync(HttpMethod.Post, $"{Athlete}/irm", FeedSilo.FeedKey, new RecordIrmRequest(Men100, "DNF"));
        await SendAsync<AthleteView>(HttpMethod.Post, $"{Athlete}/irm", WriterKeys.Management, new RecordIrmRequest(Men100, "DNF"));
        var management = await SendAsync<AthleteView>(HttpMethod.Put, Athlete, WriterKeys.Management, Registration);

        (anonymous.StatusCode, media.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden));
        (management.Version, Standing(management), management.Entries.Single().Irm).ShouldBe((3, EntryStatus.Entered, "DNF"), "live: entered, the IRM, nothing refused");
    }

    [Fact]
    public async Task An_unknown_athlete_is_404_for_every_tier()
    {
        (await Http.GetAsync("/athletes/9999", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Http.GetAsync("/athletes/9999", FeedSilo.FeedKey)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Http.GetAsync("/athletes/9999", FeedSilo.CisKey)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
