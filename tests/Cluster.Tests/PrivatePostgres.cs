using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Olympics.Orleans.Cluster.Tests;

/// <summary>
/// A PostgreSQL server of one test's own, which the test may stop and start (the shared test server must stay up for
/// the others): initdb into a temporary folder and pg_ctl, run as the 'postgres' user when the tests run as root (initdb
/// refuses root), on a free loopback port. The same server binaries as scripts/postgres.sh finds.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private readonly int _port;

    private PrivatePostgres(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        _port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Maximum Pool Size=100";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        bin.ShouldNotBeNull("the PostgreSQL server binaries (Debian package postgresql; scripts/test.sh installs it)");
        var dir = Directory.CreateTempSubdirectory("olympics-private-pg.").FullName;
        var server = new PrivatePostgres(bin, dir, FreePort());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", dir);
        }

        await server.AsOwnerAsync("initdb", "-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        await server.StartServerAsync();
        return server;
    }

    /// <summary>Starts the server again on its port and data (after <see cref="StopAsync"/>).</summary>
    public Task StartServerAsync() => AsOwnerAsync("pg_ctl", "-D", Path.Combine(_dir, "data"), "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -c port={_port} -c unix_socket_directories={_dir} -c max_connections=300 -c fsync=off", "start");

    /// <summary>A fast shutdown: every connection is closed, nothing is accepted until the next start.</summary>
    public Task StopAsync() => AsOwnerAsync("pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "fast", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_dir, recursive: true);
    }

    private Task AsOwnerAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
