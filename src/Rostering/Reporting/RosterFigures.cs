using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Reporting;

/// <summary>
/// A plan's figures for the report: coverage (filled / demand) per venue and day, hours per volunteer, travel per
/// assignment, gender balance per team and day (women minus men), and unfilled places per venue.
/// </summary>
public sealed record RosterFigures(
    IReadOnlyList<string> Venues,
    int Days,
    double?[,] Coverage,
    IReadOnlyList<double> HoursPerVolunteer,
    IReadOnlyList<double> TravelKm,
    IReadOnlyList<int> GenderBalance,
    IReadOnlyDictionary<string, long> UnfilledByVenue)
{
    public static RosterFigures Of(RosterInstance instance, RosterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        var filled = new int[instance.Shifts.Count];
        var minutes = new double[instance.Volunteers.Count];
        var travel = new List<double>(plan.Assignments.Count);
        var balance = new Dictionary<(int, int), int>();
        foreach (var a in plan.Assignments)
        {
            var s = instance.Shifts[a.Shift];
            var v = instance.Volunteers[a.Volunteer];
            filled[s.Id]++;
            minutes[v.Id] += s.Minutes;
            travel.Add(Geo.Km(v, instance.Venues[s.Venue]));
            balance[(s.Team, s.Day)] = balance.GetValueOrDefault((s.Team, s.Day)) + (v.Gender switch { 'F' => 1, 'M' => -1, _ => 0 });
        }

        var demand = new long[instance.Venues.Count, instance.Days];
        var got = new long[instance.Venues.Count, instance.Days];
        var unfilled = new Dictionary<string, long>();
        foreach (var s in instance.Shifts)
        {
            demand[s.Venue, s.Day] += s.Demand;
            got[s.Venue, s.Day] += Math.Min(s.Demand, filled[s.Id]);
            var code = instance.Venues[s.Venue].Code;
            unfilled[code] = unfilled.GetValueOrDefault(code) + Math.Max(0, s.Demand - filled[s.Id]);
        }

        var coverage = new double?[instance.Venues.Count, instance.Days];
        for (var v = 0; v < instance.Venues.Count; v++)
        {
            for (var d = 0; d < instance.Days; d++)
            {
                coverage[v, d] = demand[v, d] == 0 ? null : (double)got[v, d] / demand[v, d];
            }
        }

        return new RosterFigures(
            instance.Venues.Select(v => v.Code).ToList(), instance.Days, coverage,
            minutes.Where(m => m > 0).Select(m => m / 60).ToList(), travel, balance.Values.ToList(),
            unfilled.Where(u => u.Value > 0).OrderByDescending(u => u.Value).ToDictionary(u => u.Key, u => u.Value));
    }
}
