using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Checking;

/// <summary>The soft score and the plan's figures, computed from the assignments as they are.</summary>
internal static class SoftScorer
{
    public static SoftScore Score(RosterInstance instance, List<Shift>?[] byVolunteer, int[] filled)
    {
        var w = instance.Weights;
        var unfilled = instance.Shifts.Sum(s => (long)Math.Max(0, s.Demand - filled[s.Id]));
        var genderBalance = new Dictionary<(int Team, int Day), int>();
        var teamOfDay = new Dictionary<(int Volunteer, int Day), int>();
        long venue = 0, function = 0, travel = 0, missed = 0, changes = 0, apart = 0;
        for (var v = 0; v < byVolunteer.Length; v++)
        {
            var vol = instance.Volunteers[v];
            var shifts = byVolunteer[v] ?? [];
            foreach (var s in shifts)
            {
                venue += vol.PreferredVenues != 0 && (vol.PreferredVenues & (1UL << s.Venue)) == 0 ? 1 : 0;
                function += vol.PreferredFunctions != 0 && (vol.PreferredFunctions & (1 << s.Function)) == 0 ? 1 : 0;
                travel += (long)(Geo.Km(vol, instance.Venues[s.Venue]) / 10);
                var sign = vol.Gender switch { 'F' => 1, 'M' => -1, _ => 0 };
                genderBalance[(s.Team, s.Day)] = genderBalance.GetValueOrDefault((s.Team, s.Day)) + sign;
                teamOfDay.TryAdd((v, s.Day), s.Team);
            }

            var days = shifts.Select(s => s.Day).Distinct().Order().ToList();
            missed += Math.Max(0, vol.CommittedDays - days.Count);
            for (var i = 1; i < days.Count; i++)
            {
                changes += days[i] == days[i - 1] + 1 && teamOfDay[(v, days[i])] != teamOfDay[(v, days[i - 1])] ? 1 : 0;
            }
        }

        foreach (var ((v, day), team) in teamOfDay)
        {
            var mate = instance.Volunteers[v].TeamMate;
            apart += mate >= 0 && teamOfDay.GetValueOrDefault((mate, day), -1) != team ? 1 : 0;
        }

        var imbalance = genderBalance.Values.Sum(b => (long)Math.Max(0, Math.Abs(b) - 1));
        return new SoftScore(
            unfilled, unfilled * w.Unfilled, imbalance * w.GenderImbalance, venue * w.VenueNotPreferred, function * w.FunctionNotPreferred,
            apart * w.TeamMateApart, travel * w.TravelPer10Km, missed * w.CommittedDayMissed, changes * w.TeamChange);
    }

    public static PlanStats Stats(RosterInstance instance, List<Shift>?[] byVolunteer, int[] filled)
    {
        var hours = byVolunteer.Where(s => s is { Count: > 0 }).Select(s => s!.Sum(x => x.Minutes) / 60.0).ToList();
        var km = byVolunteer.SelectMany((s, v) => (s ?? []).Select(x => Geo.Km(instance.Volunteers[v], instance.Venues[x.Venue]))).ToList();
        var mean = hours.Count == 0 ? 0 : hours.Average();
        var sd = hours.Count == 0 ? 0 : Math.Sqrt(hours.Sum(h => (h - mean) * (h - mean)) / hours.Count);
        var filledTotal = instance.Shifts.Sum(s => (long)Math.Min(s.Demand, filled[s.Id]));
        return new PlanStats(instance.Demand, filledTotal, hours.Count, mean, sd, km.Count == 0 ? 0 : km.Average(), km.Count == 0 ? 0 : km.Max());
    }
}
