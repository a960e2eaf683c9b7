using System.Net.Http.Json;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Tests.Auth;

/// <summary>How a test exchanges a consumer's key for an access token (POST /auth/token).</summary>
internal static class AccessTokenClient
{
    public static async Task<AccessTokenView> TokenAsync(this HttpClient http, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token");
        request.Headers.Add("X-API-KEY", key);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AccessTokenView>(TestContext.Current.CancellationToken))!;
    }
}
