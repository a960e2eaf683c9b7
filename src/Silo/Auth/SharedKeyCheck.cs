using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Auth;

/// <summary>
/// One key, one caller: a key configured for two roles (an office's key that is also a consumer's) would act as
/// whichever is checked first, so the silo refuses to start. Each role's own keys are checked by its <see cref="KeyRing{T}"/>.
/// </summary>
internal static class SharedKeyCheck
{
    private static readonly string[] _sections = ["Odf:Sources", "Accreditations:Offices", "Competition:Managers", "Workforce:Planners", "Feeds:Consumers"];

    public static void Run(IConfiguration configuration)
    {
        var keys = _sections.SelectMany(section => configuration.GetSection(section).GetChildren().Select(s => (Setting: $"{section}:{s.Key}:ApiKey", Key: (s["ApiKey"] ?? "").Trim())))
            .Append((Setting: "Admin:ApiKey", Key: (configuration["Admin:ApiKey"] ?? "").Trim()))
            .Where(k => k.Key.Length > 0);
        // Run after the roles' own checks, which name the keys shared inside one section their way.
        var shared = keys.GroupBy(k => k.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new SiloStartupException($"{string.Join(" and ", shared.Select(k => k.Setting))} are one key; each caller needs its own.");
        }
    }
}
