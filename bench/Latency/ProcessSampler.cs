using System.Globalization;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// CPU (share of one core) and resident memory of the silos, and the CPU of every PostgreSQL process, from /proc. The
/// silos' process ids are read again at every sample (a rolling restart replaces them); a process's CPU counts from its
/// first sample, or from its start when it appeared between two. Samples taken during the first <paramref name="warmup"/>
/// are kept apart: the means describe the measured window, as the latencies do, and the warm-up's silo CPU (the silos'
/// JIT, about twice their steady CPU in the first minute) is reported beside them.
/// </summary>
internal sealed class ProcessSampler(Func<IReadOnlyList<int>> siloPids, TimeSpan warmup)
{
    private Dictionary<int, long> _siloTicks = [];
    private Dictionary<int, long> _postgresTicks = [];

    private const double TicksPerSecond = 100;
    private readonly List<(double SiloCpu, double PostgresCpu, double SiloRssMb, double OwnCpu)> _samples = [];
    private readonly List<double> _warmupSiloCpu = [];

    public async Task RunAsync(CancellationToken ct)
    {
        (_siloTicks, _postgresTicks) = (PerProcess(siloPids()), PerProcess(PostgresPids()));
        var (last, lastOwn) = (DateTime.UtcNow, Own());
        var measuredFrom = last + warmup;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (silo, pg, now, own) = (PerProcess(siloPids()), PerProcess(PostgresPids()), DateTime.UtcNow, Own());
                var seconds = (now - last).TotalSeconds;
                var siloCpu = Since(silo, _siloTicks) / TicksPerSecond / seconds * 100;
                if (now <= measuredFrom)
                {
                    _warmupSiloCpu.Add(siloCpu);
                }
                else
                {
                    _samples.Add((siloCpu, Since(pg, _postgresTicks) / TicksPerSecond / seconds * 100, silo.Keys.Sum(RssMb), (own - lastOwn).TotalSeconds / seconds * 100));
                }

                (_siloTicks, _postgresTicks, last, lastOwn) = (silo, pg, now, own);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public string Summary() => _samples.Count == 0 || siloPids().Count == 0
        ? "not sampled (no --silo-pid)"
        : string.Create(CultureInfo.InvariantCulture,
            $"silo CPU mean {_samples.Average(s => s.SiloCpu):0} % (max {_samples.Max(s => s.SiloCpu):0} %) of one core; " +
            $"PostgreSQL CPU mean {_samples.Average(s => s.PostgresCpu):0} %; silo RSS max {_samples.Max(s => s.SiloRssMb):0} MB; " +
            $"this load tool's CPU mean {_samples.Average(s => s.OwnCpu):0} % (the measured window); silo CPU during the warm-up {WarmupSiloCpu():0} %");

    /// <summary>The silos' mean CPU during the warm-up (share of one core), 0 when there was none.</summary>
    public double WarmupSiloCpu() => _warmupSiloCpu.Count == 0 ? 0 : _warmupSiloCpu.Average();

    public (double SiloCpu, double PostgresCpu, double RssMb, double OwnCpu) Means() => _samples.Count == 0 ? (0, 0, 0, 0)
        : (_samples.Average(s => s.SiloCpu), _samples.Average(s => s.PostgresCpu), _samples.Max(s => s.SiloRssMb), _samples.Average(s => s.OwnCpu));

    private static TimeSpan Own()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    // CPU ticks per process; processes come and go (a restarted silo, PostgreSQL's backends), so CPU is summed per process.
    private static Dictionary<int, long> PerProcess(IEnumerable<int> pids) => pids.Distinct().ToDictionary(pid => pid, pid => Ticks([pid]));

    private static long Since(Dictionary<int, long> now, Dictionary<int, long> before) =>
        now.Sum(p => Math.Max(0, p.Value - before.GetValueOrDefault(p.Key)));

    private static long Ticks(IEnumerable<int> pids) => pids.Sum(pid =>
    {
        try
        {
            // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0L;
        }
    });

    private static double RssMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static IEnumerable<int> PostgresPids() => Directory.EnumerateDirectories("/proc")
        .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && Comm(pid) == "postgres");

    private static string Comm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
