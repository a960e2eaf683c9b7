using Olympics.Orleans.Rostering.Checking;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary>A checker's report in a few lines.</summary>
internal static class Summary
{
    public static void Print(string title, CheckReport r)
    {
        var s = r.Score;
        Console.WriteLine($"{title}: hard violations {r.HardViolations}, filled {r.Stats.Filled:N0}/{r.Stats.Demand:N0} ({r.Stats.FilledPercent:F2} %), soft score {s.Total:N0}");
        Console.WriteLine($"  unfilled {s.Unfilled:N0}, gender {s.GenderImbalance:N0}, venue pref {s.VenueNotPreferred:N0}, function pref {s.FunctionNotPreferred:N0}, team-mate {s.TeamMateApart:N0}, travel {s.Travel:N0}, committed days {s.CommittedDaysMissed:N0}, team changes {s.TeamChanges:N0}");
        Console.WriteLine($"  {r.Stats.VolunteersWorking:N0} volunteers working, {r.Stats.MeanHours:F1} h each (sd {r.Stats.HoursStdDev:F1}), travel {r.Stats.MeanTravelKm:F1} km mean, {r.Stats.MaxTravelKm:F1} km max");
        foreach (var (kind, count) in r.ViolationCounts)
        {
            Console.WriteLine($"  {kind}: {count}");
        }
    }
}
