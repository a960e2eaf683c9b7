using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Silo.Auth;
using Olympics.Orleans.Silo.Tests.Feeds;
using Olympics.Orleans.Silo.Tests.Odf;
using Olympics.Orleans.Testing;

namespace Olympics.Orleans.Silo.Tests.Auth;

/// <summary>POST /auth/token and the tokens it gives, over real HTTP: what a token opens, and what it does not.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    public const string SigningKey = "tests-token-signing-key-0123456789abcdef";
    public const string Origin = "https://results.example.org";
    private RunningSilo _silo = null!;

    private HttpClient Http => _silo.Http;

    public async ValueTask InitializeAsync() =>
        _silo = await FeedSilo.StartAsync($"--Auth:TokenSigningKey={SigningKey}", $"--Cors:Origins:0={Origin}");

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    /// <summary>A token signed with the silo's key as if issued at the test clock's start (2026-08-01), long expired.</summary>
    public static string ExpiredToken(string consumer) =>
        new AccessTokens(Encoding.UTF8.GetBytes(SigningKey), AccessTokens.DefaultLifetime, new ManualTimeProvider()).Issue(consumer).Token;

    [Fact]
    public async Task A_consumer_key_gets_a_token_that_opens_an_sse_stream_without_the_header_for_the_default_five_minutes()
    {
        var before = DateTimeOffset.UtcNow;
        var token = await Http.TokenAsync(FeedSilo.CisKey);
        await using var stream = await SseClient.OpenAsync(Http, key: null, $"?access_token={token.AccessToken}");
        (await Http.PostAsync(OdfMessages.Xml(1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await stream.NextAsync())!.Data.Version.ShouldBe(1);
        token.ExpiresAt.ShouldBeInRange(before.AddMinutes(5).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(5));
        token.AccessToken.ShouldNotContain(FeedSilo.CisKey);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401_saying_it_expired()
    {
        using var response = await SseClient.SendAsync(Http, key: null, $"?access_token={ExpiredToken("cis")}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Detail(response)).ShouldContain("expired");
    }

    [Fact]
    public async Task A_token_with_a_changed_consumer_or_another_signature_is_refused()
    {
        var token = (await Http.TokenAsync(FeedSilo.FeedKey)).AccessToken;
        var forged = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"cis|{DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()}")) + token[token.IndexOf('.', StringComparison.Ordinal)..];

        using var response = await SseClient.SendAsync(Http, key: null, $"?access_token={forged}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Detail(response)).ShouldContain("not a token this cluster signed");
    }

    [Fact]
    public async Task A_token_opens_only_the_streams_not_snapshots_nor_another_token()
    {
        var token = (await Http.TokenAsync(FeedSilo.CisKey)).AccessToken;

        using var snapshot = await Http.GetAsync($"/feeds/medals?access_token={token}", key: null);
        using var renewal = await Http.PostAsync(new Uri($"/auth/token?access_token={token}", UriKind.Relative), null, TestContext.Current.CancellationToken);

        (snapshot.StatusCode, renewal.StatusCode).ShouldBe((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task The_token_of_a_consumer_revoked_after_it_was_issued_is_refused()
    {
        var token = (await Http.TokenAsync(FeedSilo.RevocableKey)).AccessToken;
        (await Http.RevokeAsync("revocable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var response = await SseClient.SendAsync(Http, key: null, $"?access_token={token}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Detail(response)).ShouldContain("revoked");
    }

    [Fact]
    public async Task Only_a_feed_consumer_gets_a_token()
    {
        using var management = new HttpRequestMessage(HttpMethod.Post, "/auth/token") { Headers = { { "X-API-KEY", WriterKeys.Management } } };
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/auth/token");

        (await Http.SendAsync(management, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Http.SendAsync(anonymous, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_configured_origin_passes_the_cors_preflight_and_another_does_not()
    {
        using var allowed = await PreflightAsync(Origin);
        using var other = await PreflightAsync("https://elsewhere.example.org");

        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([Origin]);
        string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ShouldContain("x-api-key", Case.Insensitive);
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/auth/token");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString()!;
}
