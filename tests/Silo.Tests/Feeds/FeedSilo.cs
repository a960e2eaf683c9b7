using System.Net.Http.Headers;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Feeds;

/// <summary>A running silo with the ODF sources and one consumer of each kind, and how consumers call it.</summary>
internal static class FeedSilo
{
    public const string CisKey = "commentators-key-0123456789";
    public const string FeedKey = "media-feed-key-0123456789";
    public const string AthleticsKey = "athletics-only-key-0123456789";
    public const string RevocableKey = "revocable-key-0123456789";
    public const string AdminKey = "operators-admin-key-0123456789";
    public const int MaxConnections = 2;
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public static Task<RunningSilo> StartAsync(params string[] extraArgs) => StartInSchemaAsync(TestPostgres.NewSchemaName(), extraArgs);

    public static Task<RunningSilo> StartInSchemaAsync(string schema, params string[] extraArgs) => RunningSilo.StartInSchemaAsync(schema, null,
    [
        $"--Odf:Sources:{OdfSilo.Source}:ApiKey={OdfSilo.Key}",
        $"--Odf:Sources:{OdfSilo.OtherSource}:ApiKey={OdfSilo.OtherKey}",
        $"--Admin:ApiKey={AdminKey}",
        $"--Feeds:MaxConnectionsPerKey={MaxConnections}",
        $"--Feeds:Consumers:cis:ApiKey={CisKey}", "--Feeds:Consumers:cis:Tier=Cis",
        $"--Feeds:Consumers:media:ApiKey={FeedKey}", "--Feeds:Consumers:media:Tier=Feed",
        $"--Feeds:Consumers:athletics:ApiKey={AthleticsKey}", "--Feeds:Consumers:athletics:Tier=Cis", "--Feeds:Consumers:athletics:Disciplines:0=ATH",
        $"--Feeds:Consumers:revocable:ApiKey={RevocableKey}", "--Feeds:Consumers:revocable:Tier=Cis",
        .. extraArgs,
    ]);

    public static async Task<HttpResponseMessage> GetAsync(this HttpClient http, string path, string? key, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-API-KEY", key);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> RevokeAsync(this HttpClient http, string consumer, string key = AdminKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/feeds/consumers/{consumer}/revoke");
        request.Headers.Add("X-API-KEY", key);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static string SnapshotPath(string key) => $"/feeds/documents/{Uri.EscapeDataString(key)}";
}
