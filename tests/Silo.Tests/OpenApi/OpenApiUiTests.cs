using System.Net;
using System.Text.RegularExpressions;
using Olympics.Orleans.Silo.OpenApi;

namespace Olympics.Orleans.Silo.Tests.OpenApi;

/// <summary>The page for people at /openapi/ui: the silo serves every file it loads (no CDN: none at the venues, nor in CI).</summary>
public sealed partial class OpenApiUiTests : IAsyncLifetime
{
    private RunningSilo _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await RunningSilo.StartAsync();

    public async ValueTask DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task The_page_loads_only_files_the_silo_serves_and_shows_the_silos_document()
    {
        var ct = TestContext.Current.CancellationToken;
        using var page = await _silo.Http.GetAsync(OpenApiSetup.UiPath + "/", ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync(ct);

        var assets = Asset().Matches(html).Select(m => m.Groups[1].Value).ToList();
        assets.ShouldContain(a => a.EndsWith(".js", StringComparison.Ordinal));
        assets.ShouldAllBe(a => !a.Contains("//", StringComparison.Ordinal));
        var texts = new List<string>();
        foreach (var asset in assets)
        {
            using var response = await _silo.Http.GetAsync(new Uri(page.RequestMessage!.RequestUri!, asset), ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
            texts.Add(await response.Content.ReadAsStringAsync(ct));
        }

        texts.ShouldContain(t => t.Contains($"\"{OpenApiSetup.DocumentPath}\"", StringComparison.Ordinal), "the page's script points at the silo's document");
        texts.ShouldAllBe(t => !CdnUrl().IsMatch(t));
    }

    [GeneratedRegex("""(?:src|href)="([^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Asset();

    // A stylesheet, font or script fetched from elsewhere: what an offline venue could not load.
    [GeneratedRegex("""@import\s+url\(\s*["']?https?:|url\(\s*["']?https?://|<script[^>]+src="https?:""")]
    private static partial Regex CdnUrl();
}
