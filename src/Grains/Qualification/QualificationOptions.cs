namespace Olympics.Orleans.Grains.Qualification;

/// <summary>How qualification moves an athlete's access (configuration section "Qualification").</summary>
public sealed class QualificationOptions
{
    /// <summary>How long before the next session starts its venue opens to a qualified athlete. Default 3 h.</summary>
    public TimeSpan AccessBefore { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How long after the next session ends the venue stays open to them. Default 1 h.</summary>
    public TimeSpan AccessAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an eliminated athlete keeps the extra access qualification gave. Default 2 h.</summary>
    public TimeSpan EliminationGrace { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The zones granted at the next venue (athletes' areas). Default 1 and 2.</summary>
    public IReadOnlyList<int> Zones { get; set; } = [1, 2];
}
