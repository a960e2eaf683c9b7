using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Olympics.Orleans.Silo.Tests.Auth;

/// <summary>
/// A web page on its own origin, opened in headless Chromium (Debian's <c>chromium</c>), that opens an EventSource on
/// a silo and reports what it got (open, message, closed) back to the page's server, where the test reads it.
/// </summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    private static readonly string[] _installed = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
    private static readonly string[] _headless = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];
    private readonly WebApplication _app;
    private readonly Channel<string> _reports = Channel.CreateUnbounded<string>();
    private readonly string _profile = Directory.CreateTempSubdirectory("olympics-chromium-").FullName;
    private Process? _browser;

    private ChromiumPage(WebApplication app) => _app = app;

    /// <summary>The page's origin, e.g. http://127.0.0.1:41234 (configure it in Cors:Origins).</summary>
    public string Origin => _app.Address();

    public static async Task<ChromiumPage> StartAsync()
    {
        var app = LoopbackApp.Create();
        var page = new ChromiumPage(app);
        app.MapGet("/page", (string stream) => Results.Content(Html(stream), "text/html"));
        app.MapPost("/report", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            await page._reports.Writer.WriteAsync(await reader.ReadToEndAsync());
        });
        await app.StartAsync();
        return page;
    }

    /// <summary>Opens the page in headless Chromium; it opens an EventSource on <paramref name="stream"/>.</summary>
    public void Open(string stream)
    {
        var chromium = _installed.FirstOrDefault(File.Exists);
        chromium.ShouldNotBeNull("Debian's chromium is not installed: apt-get install -y chromium (scripts/test.sh installs it)");
        var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in _headless)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--user-data-dir={_profile}");
        start.ArgumentList.Add($"{Origin}/page?stream={Uri.EscapeDataString(stream)}");
        _browser = Process.Start(start)!;
        _browser.OutputDataReceived += (_, _) => { };
        _browser.ErrorDataReceived += (_, _) => { };
        _browser.BeginOutputReadLine();
        _browser.BeginErrorReadLine();
    }

    /// <summary>The page's next report; fails the test when none comes within a minute (a bound, not a timing target).</summary>
    public async Task<string> NextReportAsync()
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromMinutes(1));
        return await _reports.Reader.ReadAsync(bound.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is { HasExited: false })
        {
            _browser.Kill(entireProcessTree: true);
            await _browser.WaitForExitAsync();
        }

        _browser?.Dispose();
        await _app.DisposeAsync();
        Directory.Delete(_profile, recursive: true);
    }

    private static string Html(string stream) => $$"""
        <!doctype html>
        <html><body><script>
        const report = what => fetch('/report', { method: 'POST', body: what });
        const source = new EventSource({{System.Text.Json.JsonSerializer.Serialize(stream)}});
        source.onopen = () => report('open');
        source.addEventListener('odf', e => { report('message ' + JSON.parse(e.data).version); source.close(); });
        source.onerror = () => { if (source.readyState === EventSource.CLOSED) report('closed'); };
        </script></body></html>
        """;
}
