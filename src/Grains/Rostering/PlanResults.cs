using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>The checker's report on a plan as the HTTP contract shows it.</summary>
internal static class PlanResults
{
    private const int Listed = 20;

    public static PlanResultView View(CheckReport report, RosterPlan plan)
    {
        var s = report.Score;
        return new PlanResultView(
            plan.Assignments.Count, report.Stats.Demand, Math.Round(report.Stats.FilledPercent, 2), report.HardViolations,
            report.ViolationCounts.ToDictionary(k => k.Key.ToString(), k => k.Value),
            report.Violations.Take(Listed).Select(v => $"{v.Kind}: volunteer {v.Volunteer}, shift {v.Shift}: {v.Detail}").ToList(),
            new Dictionary<string, long>
            {
                ["unfilledPlaces"] = s.UnfilledPlaces, ["unfilled"] = s.Unfilled, ["genderImbalance"] = s.GenderImbalance,
                ["venueNotPreferred"] = s.VenueNotPreferred, ["functionNotPreferred"] = s.FunctionNotPreferred, ["teamMateApart"] = s.TeamMateApart,
                ["travel"] = s.Travel, ["committedDaysMissed"] = s.CommittedDaysMissed, ["teamChanges"] = s.TeamChanges, ["total"] = s.Total,
            },
            report.Stats.VolunteersWorking, Math.Round(report.Stats.MeanHours, 2), Math.Round(report.Stats.MeanTravelKm, 2));
    }
}
