using System.Net;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Auth;

/// <summary>
/// A browser cannot set X-API-KEY on an EventSource: a page on another origin (allowed by Cors:Origins) opens
/// /feeds/sse with a token from POST /auth/token in headless Chromium and receives messages, and gets nothing with an
/// expired token. Fails, never skips, when chromium is missing.
/// </summary>
public sealed class BrowserEventSourceTests : IAsyncLifetime
{
    private ChromiumPage _page = null!;
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync()
    {
        _page = await ChromiumPage.StartAsync();
        _silo = await FeedSilo.StartAsync($"--Auth:TokenSigningKey={AccessTokenTests.SigningKey}", $"--Cors:Origins:0={_page.Origin}");
    }

    public async ValueTask DisposeAsync()
    {
        await _page.DisposeAsync();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_page_on_an_allowed_origin_opens_an_EventSource_with_a_token_and_receives_a_message()
    {
        var token = await _silo.Http.TokenAsync(FeedSilo.CisKey);

        _page.Open($"{_silo.App.Address()}/feeds/sse?access_token={token.AccessToken}");
        (await _page.NextReportAsync()).ShouldBe("open");
        (await _silo.Http.PostAsync(OdfMessages.Xml(1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _page.NextReportAsync()).ShouldBe("message 1");
    }

    [Fact]
    public async Task A_page_with_an_expired_token_gets_no_stream_and_no_message()
    {
        _page.Open($"{_silo.App.Address()}/feeds/sse?access_token={AccessTokenTests.ExpiredToken("cis")}");
        (await _silo.Http.PostAsync(OdfMessages.Xml(1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _page.NextReportAsync()).ShouldBe("closed", "the first report: the EventSource failed, it never opened");
    }
}
