using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// One silo of a test cluster, run as its own process (the built silo from this project's output) on loopback ports
/// checked free, with its membership in the test PostgreSQL. It can be killed (SIGKILL) or stopped (SIGTERM) like a
/// silo in production; what it printed is kept for the failure message of a test.
/// </summary>
public sealed class SiloNode : IAsyncDisposable
{
    public const string AdminKey = "cluster-tests-admin-key-0123456789";
    public const string CisKey = "cluster-tests-cis-key-0123456789";
    public const string OdfKey = "cluster-tests-venue-key-0123456789";
    public const string Source = "SEQ_ATH";

    private readonly Process _process;
    private readonly string[] _args;
    private readonly ConcurrentQueue<string> _output = new();

    private SiloNode(string name, string[] args, int httpPort)
    {
        _args = args;
        _process = Launch(args);
        Name = name;
        Address = new Uri($"http://127.0.0.1:{httpPort}/");
        Http = new HttpClient(WriterKeys.Handler(otherwise: AdminKey)) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; }

    /// <summary>An HTTP client on this silo carrying the writers' keys on writes (<see cref="WriterKeys"/>), else the admin key.</summary>
    public HttpClient Http { get; }

    public bool Exited => _process.HasExited;

    public int ProcessId => _process.Id;

    /// <summary>The last lines the silo printed.</summary>
    public string Output => string.Join('\n', _output);

    public static SiloNode Start(string name, string schema, string clusterId, params string[] settings) =>
        Start(name, TestPostgres.ConnectionString, schema, clusterId, settings);

    public static SiloNode Start(string name, string connectionString, string schema, string clusterId, params string[] settings)
    {
        var (http, _) = SiloPorts.Allocate();
        var (silo, gateway) = SiloPorts.Allocate();
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "Olympics.Orleans.Silo.dll"),
            $"--urls=http://127.0.0.1:{http}",
            "--Store=postgres",
            $"--ConnectionStrings:EventStore={connectionString}",
            $"--EventStore:Schema={schema}",
            "--Orleans:Membership:Store=postgres",
            $"--Orleans:ClusterId={clusterId}",
            "--Orleans:AdvertisedAddress=127.0.0.1",
            $"--Orleans:SiloPort={silo}",
            $"--Orleans:GatewayPort={gateway}",
            "--Orleans:Dashboard=false",
            $"--Admin:ApiKey={AdminKey}",
            $"--Odf:Sources:{Source}:ApiKey={OdfKey}",
            $"--Feeds:Consumers:cis:ApiKey={CisKey}",
            "--Feeds:Consumers:cis:Tier=Cis",
            .. WriterKeys.Arguments(),
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Olympics=Information",
            "--Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=None",
            .. settings,
        ];
        return new SiloNode(name, args, http);
    }

    /// <summary>The same silo started again (same ports and settings), as a restart after a deploy does.</summary>
    public SiloNode Restart() => new(Name, _args, Address.Port);

    /// <summary>SIGTERM, as a supervisor stops a silo for a deploy; returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(bound.Token);
        return _process.ExitCode;
    }

    private static Process Launch(string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(info)!;
    }

    /// <summary>Waits until the silo answers ready; fails with what it printed if it exits or takes over a minute.</summary>
    public async Task WaitReadyAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo {Name} exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"silo {Name} was not ready within 60 s:\n{Output}");
    }

    /// <summary>SIGKILL: the process ends at once, its sockets closed by the kernel, nothing said to the cluster.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 2000 && _output.TryDequeue(out _))
        {
        }
    }
}
