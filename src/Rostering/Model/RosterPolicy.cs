namespace Olympics.Orleans.Rostering.Model;

/// <summary>The hard limits every plan keeps; a policy change (say, fewer hours a week) is a new policy.</summary>
public sealed record RosterPolicy(
    int MinRestMinutes = 10 * 60,
    int MaxDayMinutes = 10 * 60,
    int MaxWeekMinutes = 48 * 60,
    int MaxConsecutiveDays = 6,
    double MaxTravelKm = 60)
{
    /// <summary>The week over which <see cref="MaxWeekMinutes"/> holds: any seven consecutive days.</summary>
    public const int WeekDays = 7;
}

/// <summary>
/// Weights of the soft constraints, in points (lower is better). Unfilled demand dominates: no preference is worth
/// leaving a place empty.
/// </summary>
public sealed record SoftWeights(
    int Unfilled = 1000,
    int GenderImbalance = 20,
    int VenueNotPreferred = 2,
    int FunctionNotPreferred = 2,
    int TeamMateApart = 1,
    int TravelPer10Km = 1,
    int CommittedDayMissed = 30,
    int TeamChange = 5);
