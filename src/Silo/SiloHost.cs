using Olympics.Orleans.Silo.Endpoints;
using Olympics.Orleans.Silo.Games;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo;

/// <summary>Builds and runs the silo: the grain runtime, the event store and the HTTP API in one ASP.NET Core host.</summary>
public static class SiloHost
{
    /// <summary>Builds the silo's web application from command-line arguments, environment and appsettings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(args) });
        builder.AddSiloServices();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapSiloEndpoints();
        return app;
    }

    // The build folder, which holds appsettings.json, unless --contentRoot or the environment names another: the working
    // directory is the user's (dotnet run no longer moves to src/Silo), so it cannot be the default.
    private static string? ContentRoot(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
        || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 }
            ? null
            : AppContext.BaseDirectory;

    /// <summary>Runs the silo until shutdown. Returns 0, or 2 with one line on standard error when it cannot start.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var app = Build(args);
            // Only a silo that starts Orleans needs its ports; the import command shares the rest of the start-up.
            app.Services.GetRequiredService<Hosting.OrleansSettings>().CheckPortsFree();
            await app.InitializeSiloAsync();
            await StartAsync(app);
            await app.SeedGamesAsync();
            await app.WaitForShutdownAsync();
            return 0;
        }
        catch (SiloStartupException e)
        {
            await Console.Error.WriteLineAsync($"silo: cannot start: {e.Message}");
            return 2;
        }
    }

    // Kestrel binds its addresses after the Orleans silo started: a taken HTTP port was an unhandled exception (exit 134
    // with stack traces). It stops what did start and becomes the one line of any other start-up failure.
    private static async Task StartAsync(WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await app.StopAsync();
            throw new SiloStartupException($"{e.Message.TrimEnd('.')} (another process listens there); choose a free port with --urls.", e);
        }
    }
}
