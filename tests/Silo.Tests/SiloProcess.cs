using System.Diagnostics;

namespace Olympics.Orleans.Silo.Tests;

/// <summary>Runs the built silo as a real process and collects what it prints.</summary>
public static class SiloProcess
{
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => RunAsync([], args);

    /// <summary>Runs the silo with <paramref name="ports"/> (its Orleans ports) and then <paramref name="args"/>.</summary>
    public static Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string[] ports, params string[] args) =>
        DotnetAsync(null, new Dictionary<string, string>(), [SiloDll(), .. ports, .. args]);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="args"/> in <paramref name="directory"/> (the test's when null), its standard
    /// output and error redirected, with <paramref name="environment"/> added to the Production environment.
    /// </summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> DotnetAsync(
        string? directory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? "" };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not end within 60 s.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    // The silo is built next to this test assembly by the project reference.
    private static string SiloDll() => Path.Combine(AppContext.BaseDirectory, "Olympics.Orleans.Silo.dll");
}
