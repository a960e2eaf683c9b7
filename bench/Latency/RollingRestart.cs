using System.Diagnostics;
using System.Globalization;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// A rolling restart during a measured run, as an operator's deploy does it: each silo in turn gets SIGTERM (its process
/// id read from <c>silo-&lt;i&gt;.pid</c> in the directory bench/latency.sh keeps, which starts the silo again on the same
/// ports as soon as it exits), and the next one goes only once a new process answers <c>/health/ready</c>.
/// </summary>
internal sealed class RollingRestart(string directory, IReadOnlyList<Uri> silos)
{
    private static readonly TimeSpan _readyWithin = TimeSpan.FromMinutes(2);

    /// <summary>Each silo's restart, in order: from SIGTERM until its successor answered ready.</summary>
    public List<(int Silo, TimeSpan Down)> Restarts { get; } = [];

    /// <summary>The silos' current process ids.</summary>
    public IReadOnlyList<int> Pids() => [.. Enumerable.Range(0, silos.Count).Select(Pid).Where(pid => pid > 0)];

    public async Task RunAsync(TimeSpan startAfter, TimeSpan pause, CancellationToken ct)
    {
        await Task.Delay(startAfter, ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < silos.Count; i++)
        {
            var old = Pid(i);
            var started = Stopwatch.GetTimestamp();
            Console.Error.WriteLine($"rolling restart: SIGTERM to silo {i} (pid {old}, {silos[i]})");
            using (var kill = Process.Start("kill", ["-TERM", old.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(ct);
            }

            while (Pid(i) == old || !await ReadyAsync(http, silos[i], ct))
            {
                if (Stopwatch.GetElapsedTime(started) > _readyWithin)
                {
                    throw new TimeoutException($"Silo {i} ({silos[i]}) was not ready again within {_readyWithin.TotalSeconds:0} s of its SIGTERM.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            }

            var down = Stopwatch.GetElapsedTime(started);
            Restarts.Add((i, down));
            Console.Error.WriteLine($"rolling restart: silo {i} ready again (pid {Pid(i)}) {down.TotalSeconds:0.0} s after its SIGTERM");
            if (i + 1 < silos.Count)
            {
                await Task.Delay(pause, ct);
            }
        }
    }

    private int Pid(int silo) =>
        File.Exists(Path.Combine(directory, $"silo-{silo}.pid"))
        && int.TryParse(File.ReadAllText(Path.Combine(directory, $"silo-{silo}.pid")).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : 0;

    private static async Task<bool> ReadyAsync(HttpClient http, Uri silo, CancellationToken ct)
    {
        try
        {
            using var answer = await http.GetAsync(new Uri(silo, "/health/ready"), ct);
            return answer.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
