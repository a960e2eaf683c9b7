namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>Maps competition instants to plan offsets and back: the plan starts at <paramref name="zero"/>, scaled.</summary>
internal sealed class PlanClock(DateTimeOffset zero, double timeScale)
{
    public TimeSpan PlanAt(DateTimeOffset instant) => (instant - zero) * timeScale;

    public DateTimeOffset InstantAt(TimeSpan at) => zero + (at / timeScale);
}
