using Olympics.Orleans.Grains.Odf.Apply;
using Olympics.Orleans.Silo.Hosting;

namespace Olympics.Orleans.Silo.Odf;

/// <summary>Checks the ODF apply process's settings (section "OdfApply") at start, naming the one that is wrong.</summary>
internal static class OdfApplySettings
{
    private static readonly TimeSpan _maxInterval = TimeSpan.FromHours(1);

    public static OdfApplyOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OdfApply").Get<OdfApplyOptions>() ?? new OdfApplyOptions();
        Require(options.CheckpointInterval > TimeSpan.Zero && options.CheckpointInterval <= _maxInterval,
            "OdfApply:CheckpointInterval must be positive and at most 01:00:00 (a crash replays what came since the last checkpoint).");
        Require(options.CheckpointEvery > 0, "OdfApply:CheckpointEvery must be positive.");
        Require(options.MaxRetryDelay > TimeSpan.Zero, "OdfApply:MaxRetryDelay must be positive.");
        return options;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new SiloStartupException(message);
        }
    }
}
