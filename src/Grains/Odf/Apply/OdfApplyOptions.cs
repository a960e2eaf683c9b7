namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>How the ODF apply process runs (configuration section "OdfApply").</summary>
public sealed class OdfApplyOptions
{
    /// <summary>Whether the silo applies stored ODF documents to the grains. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the process writes its checkpoint while it handles documents: at most once per interval, and one interval
    /// after the first document not yet covered when no other document comes. Documents handled again after a crash change
    /// nothing (the grains ignore versions they have applied), so this bounds the work a restart repeats, not what it
    /// changes. Default 1 s.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most documents handled between two checkpoints, whatever the interval. Default 500.</summary>
    public int CheckpointEvery { get; set; } = 500;

    /// <summary>The longest pause between two attempts after a failure that is not a refusal (the store down). Default 2 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
