using System.Globalization;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Silo.Games;

/// <summary>
/// <c>Games:Scale</c> (and optionally <c>Games:Seed</c>) loads a generated Games when the silo starts, for demos and
/// rehearsals: <c>dotnet run --project src/Silo -- --Games:Scale=0.01</c>.
/// </summary>
internal static class GamesSeeding
{
    public static async Task SeedGamesAsync(this WebApplication app)
    {
        if (app.Configuration["Games:Scale"] is not { Length: > 0 } scaleText)
        {
            return;
        }

        if (!double.TryParse(scaleText, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || scale is <= 0 or > 1)
        {
            throw new Hosting.SiloStartupException($"Games:Scale must be a number above 0 and at most 1, not '{scaleText}'.");
        }

        var seed = app.Configuration.GetValue("Games:Seed", 2024);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Olympics.Orleans.Silo.Games");
        var dataset = GamesGenerator.Generate(new GamesSpec(seed, scale));
        var progress = new Progress<string>(step => LogStep(logger, step));
        var report = await app.Services.GetRequiredService<GamesLoader>().LoadAsync(dataset, progress, app.Lifetime.ApplicationStopping);
        LogLoaded(logger, scale, seed, report.Imported, report.AlreadyPresent, TryIt(dataset, app.Urls.FirstOrDefault() ?? "http://localhost:5080"));
    }

    /// <summary>A gate check that should answer "allowed": an athlete at a session of their discipline, during it.</summary>
    internal static string TryIt(GamesDataset dataset, string baseUrl)
    {
        var (session, athlete) = dataset.Sessions
            .Select(s => (Session: s, Athlete: dataset.Athletes.FirstOrDefault(a => a.Discipline == s.Discipline)))
            .First(p => p.Athlete is not null);
        var at = Uri.EscapeDataString((session.Start + TimeSpan.FromMinutes(30)).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
        return $"curl \"{baseUrl}/gate/check?accreditation={athlete!.Accreditation:D8}&venue={session.Venue}&zone=1&at={at}\"";
    }

    private static void LogStep(ILogger logger, string step) => GamesLog.Loading(logger, step);

    private static void LogLoaded(ILogger logger, double scale, int seed, long imported, long present, string tryIt) =>
        GamesLog.Loaded(logger, scale, seed, imported, present, tryIt);
}

internal static partial class GamesLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the Games: {Step}")]
    public static partial void Loading(ILogger logger, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Games loaded (scale {Scale}, seed {Seed}): {Imported} accreditations imported, {Present} already present. Try a gate check: {TryIt}")]
    public static partial void Loaded(ILogger logger, double scale, int seed, long imported, long present, string tryIt);
}
