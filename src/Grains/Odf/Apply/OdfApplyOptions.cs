namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>How the ODF apply process runs (configuration section "OdfApply").</summary>
public sealed class OdfApplyOptions
{
    /// <summary>Whether the silo applies stored ODF documents to the grains. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Most documents handled between two checkpoints when none of them needs one of its own (running data and
    /// keep-alives, which change nothing when replayed). Default 500.
    /// </summary>
    public int CheckpointEvery { get; set; } = 500;

    /// <summary>The longest pause between two attempts after a failure that is not a refusal (the store down). Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
