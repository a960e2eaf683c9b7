using System.Diagnostics;
using System.Globalization;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// The gate over HTTP from another process: wrk (C, epoll) replays the query mix against the silo, so the load
/// generator costs far less CPU than HttpClient callers in the same process. Skipped, saying so, without wrk.
/// </summary>
internal static class GateCheckWrk
{
    public static async Task RunAsync(Uri silo, GateCheckQueries.Query[] queries, BenchOptions options, int connections)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            Console.WriteLine("gate-check over HTTP (wrk): skipped, wrk is not installed (apt-get install wrk)");
            return;
        }

        var urls = Path.GetTempFileName();
        var script = Path.ChangeExtension(Path.GetTempFileName(), ".lua");
        await File.WriteAllLinesAsync(urls, queries.Select(q => q.Url));
        await File.WriteAllTextAsync(script, $$"""
            local urls = {}
            for line in io.lines("{{urls}}") do urls[#urls + 1] = line end
            local i = 0
            request = function()
              i = i % #urls + 1
              return wrk.format("GET", urls[i])
            end
            """);
        var info = new ProcessStartInfo("/usr/bin/wrk", string.Create(CultureInfo.InvariantCulture,
            $"-t1 -c{connections} -d{options.Seconds}s --latency -s {script} {silo.GetLeftPart(UriPartial.Authority)}")) { RedirectStandardOutput = true };
        using var wrk = Process.Start(info)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        foreach (var line in output.Split('\n').Where(l => l.Contains("Requests/sec", StringComparison.Ordinal) || l.Contains('%', StringComparison.Ordinal) || l.Contains("Latency", StringComparison.Ordinal) || l.Contains("requests in", StringComparison.Ordinal) || l.Contains("Non-2xx", StringComparison.Ordinal)))
        {
            Console.WriteLine($"gate-check over HTTP (wrk, {connections} connections): {line.Trim()}");
        }

        File.Delete(urls);
        File.Delete(script);
    }
}
