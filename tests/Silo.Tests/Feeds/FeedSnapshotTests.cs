using System.Net;
using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Silo.Tests.Sessions;

namespace Olympics.Orleans.Silo.Tests.Feeds;

public sealed class FeedSnapshotTests : IAsyncLifetime
{
    private static readonly string _path = FeedSilo.SnapshotPath(OdfMessages.KeyOf());
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await FeedSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    private HttpClient Http => _silo.Http;

    private static async Task<FeedMessageView> View(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<FeedMessageView>(SiloHttp.Json, TestContext.Current.CancellationToken))!;
    }

    private async Task<HttpResponseMessage> UntilVisibleAsync(string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await Http.GetAsync(_path, key);
            if (response.StatusCode != HttpStatusCode.NotFound || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Feed_sees_the_older_version_right_after_a_new_one_is_posted_while_Cis_sees_the_new_one()
    {
        await Http.PostAsync(OdfMessages.Xml(1));
        using var visible = await UntilVisibleAsync(FeedSilo.FeedKey);
        (await View(visible)).Version.ShouldBe(1);

        await Http.PostAsync(OdfMessages.Xml(2));
        var asked = DateTimeOffset.UtcNow;
        using var media = await Http.GetAsync(_path, FeedSilo.FeedKey);
        using var cis = await Http.GetAsync(_path, FeedSilo.CisKey);

        var newer = await View(cis);
        asked.ShouldBeLessThan(newer.StoredAt + FeedSilo.Delay, "the test asked late enough for the embargo to have passed");
        (await View(media)).Version.ShouldBe(1);
        newer.Version.ShouldBe(2);
        (media.Headers.CacheControl?.ToString(), cis.Headers.CacheControl?.ToString()).ShouldBe(("public, max-age=1", "no-store"));
    }

    [Fact]
    public async Task Feed_gets_404_before_the_first_version_is_out_of_embargo()
    {
        await Http.PostAsync(OdfMessages.Xml(1));

        var asked = DateTimeOffset.UtcNow;
        using var media = await Http.GetAsync(_path, FeedSilo.FeedKey);
        var stored = await View(await Http.GetAsync(_path, FeedSilo.CisKey));

        asked.ShouldBeLessThan(stored.StoredAt + FeedSilo.Delay, "the test asked late enough for the embargo to have passed");
        media.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_same_version_again_is_304_with_If_None_Match()
    {
        await Http.PostAsync(OdfMessages.Xml(1));
        using var first = await Http.GetAsync(_path, FeedSilo.CisKey);
        var etag = first.Headers.ETag!.ToString();

        using var again = await Http.GetAsync(_path, FeedSilo.CisKey, ifNoneMatch: etag);
        await Http.PostAsync(OdfMessages.Xml(2));
        using var changed = await Http.GetAsync(_path, FeedSilo.CisKey, ifNoneMatch: etag);

        (etag, again.StatusCode, changed.StatusCode).ShouldBe(("\"1\"", HttpStatusCode.NotModified, HttpStatusCode.OK));
    }

    [Fact]
    public async Task Snapshots_need_a_consumer_key_401_without_one_and_403_for_a_source_key()
    {
        using var missing = await Http.GetAsync(_path, key: null);
        using var source = await Http.GetAsync(_path, OdfSilo.Key);

        (missing.StatusCode, source.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden));
    }
}
