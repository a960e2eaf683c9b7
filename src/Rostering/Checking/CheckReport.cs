namespace Olympics.Orleans.Rostering.Checking;

/// <summary>What the checker found: every hard violation (the first <see cref="PlanChecker.MaxListed"/> listed, all counted) and the soft score.</summary>
public sealed record CheckReport(
    IReadOnlyList<Violation> Violations, IReadOnlyDictionary<ViolationKind, int> ViolationCounts, SoftScore Score, PlanStats Stats)
{
    /// <summary>Hard violations in all.</summary>
    public int HardViolations => ViolationCounts.Values.Sum();

    /// <summary>True when no hard constraint is broken.</summary>
    public bool Feasible => HardViolations == 0;
}

/// <summary>
/// The soft constraints, each in points (count times weight) with the raw count beside it; <see cref="Total"/> is
/// their sum, the number a solver minimises.
/// </summary>
public sealed record SoftScore(
    long UnfilledPlaces,
    long Unfilled,
    long GenderImbalance,
    long VenueNotPreferred,
    long FunctionNotPreferred,
    long TeamMateApart,
    long Travel,
    long CommittedDaysMissed,
    long TeamChanges)
{
    public long Total => Unfilled + GenderImbalance + VenueNotPreferred + FunctionNotPreferred + TeamMateApart + Travel + CommittedDaysMissed + TeamChanges;
}

/// <summary>Figures about a plan for reports: filled demand, hours per volunteer, travel.</summary>
public sealed record PlanStats(
    long Demand, long Filled, int VolunteersWorking, double MeanHours, double HoursStdDev, double MeanTravelKm, double MaxTravelKm)
{
    public double FilledPercent => Demand == 0 ? 100 : 100.0 * Filled / Demand;
}
