namespace Olympics.Orleans.Runtime;

/// <summary>
/// How long an activation of this grain class may stay idle before the runtime deactivates it, overriding
/// <see cref="GrainRuntimeOptions.IdleTimeout"/>. The parts add up: <c>Minutes = 1, Seconds = 30</c> is 90 s.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Hours of the limit.</summary>
    public double Hours { get; set; }

    /// <summary>Minutes of the limit.</summary>
    public double Minutes { get; set; }

    /// <summary>Seconds of the limit (fractions allowed, mostly for tests).</summary>
    public double Seconds { get; set; }

    /// <summary>The limit as a time span.</summary>
    public TimeSpan AgeLimit => TimeSpan.FromSeconds((Hours * 3600) + (Minutes * 60) + Seconds);
}
