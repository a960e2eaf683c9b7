using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// The soft score's change when a volunteer takes a shift, everything else as it is: travel, preferences, a team
/// change from or to the neighbouring days, and a committed day gained. Gender balance is a team's, not a pair's:
/// the CP-SAT sub-problems add it. The team-mate term is left to the score (not optimised).
/// </summary>
internal static class PairCost
{
    public static int Of(Schedule schedule, Eligibility eligibility, int v, Shift s)
    {
        var instance = schedule.Instance;
        var w = instance.Weights;
        var vol = instance.Volunteers[v];
        var cost = eligibility.TravelPoints(v, s.Venue) * w.TravelPer10Km;
        cost += vol.PreferredVenues != 0 && (vol.PreferredVenues & (1UL << s.Venue)) == 0 ? w.VenueNotPreferred : 0;
        cost += vol.PreferredFunctions != 0 && (vol.PreferredFunctions & (1 << s.Function)) == 0 ? w.FunctionNotPreferred : 0;
        var before = schedule.ShiftOn(v, s.Day - 1);
        var after = schedule.ShiftOn(v, s.Day + 1);
        cost += before >= 0 && instance.Shifts[before].Team != s.Team ? w.TeamChange : 0;
        cost += after >= 0 && instance.Shifts[after].Team != s.Team ? w.TeamChange : 0;
        cost -= schedule.DaysWorked[v] < vol.CommittedDays ? w.CommittedDayMissed : 0;
        return cost;
    }

    /// <summary>The part of the pair's cost that does not depend on the rest of the plan: travel and preferences.</summary>
    public static int Static(RosterInstance instance, Eligibility eligibility, int v, Shift s)
    {
        var w = instance.Weights;
        var vol = instance.Volunteers[v];
        return (eligibility.TravelPoints(v, s.Venue) * w.TravelPer10Km)
            + (vol.PreferredVenues != 0 && (vol.PreferredVenues & (1UL << s.Venue)) == 0 ? w.VenueNotPreferred : 0)
            + (vol.PreferredFunctions != 0 && (vol.PreferredFunctions & (1 << s.Function)) == 0 ? w.FunctionNotPreferred : 0);
    }

    /// <summary>+1 for a woman, -1 for a man, 0 otherwise: a team-day's balance is the sum.</summary>
    public static int GenderSign(Volunteer v) => v.Gender switch { 'F' => 1, 'M' => -1, _ => 0 };
}
