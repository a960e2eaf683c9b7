using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Checking;

/// <summary>The hard constraints of a volunteer's whole schedule: overlap, rest, hours per day, week and Games, consecutive days.</summary>
internal static class ScheduleRules
{
    /// <summary>Checks <paramref name="shifts"/>, sorted by start.</summary>
    public static void Check(RosterInstance instance, Volunteer v, List<Shift> shifts, PlanChecker.Found found)
    {
        var policy = instance.Policy;
        for (var i = 1; i < shifts.Count; i++)
        {
            var gap = shifts[i].StartUtc - shifts[i - 1].EndUtc;
            if (gap < 0)
            {
                found.Add(ViolationKind.Overlap, v.Id, shifts[i].Id, $"overlaps shift {shifts[i - 1].Id}");
            }
            else if (gap < policy.MinRestMinutes)
            {
                found.Add(ViolationKind.Rest, v.Id, shifts[i].Id, $"{gap} minutes after shift {shifts[i - 1].Id}");
            }
        }

        var perDay = new int[instance.Days];
        foreach (var s in shifts)
        {
            perDay[s.Day] += s.Minutes;
        }

        var total = 0;
        var run = 0;
        for (var d = 0; d < instance.Days; d++)
        {
            total += perDay[d];
            run = perDay[d] > 0 ? run + 1 : 0;
            if (perDay[d] > policy.MaxDayMinutes)
            {
                found.Add(ViolationKind.DayHours, v.Id, -1, $"{perDay[d]} minutes on day {d}");
            }

            if (run > policy.MaxConsecutiveDays)
            {
                found.Add(ViolationKind.ConsecutiveDays, v.Id, -1, $"{run} days in a row up to day {d}");
            }

            var week = 0;
            for (var k = Math.Max(0, d - RosterPolicy.WeekDays + 1); k <= d; k++)
            {
                week += perDay[k];
            }

            if (week > policy.MaxWeekMinutes)
            {
                found.Add(ViolationKind.WeekHours, v.Id, -1, $"{week} minutes in the seven days up to day {d}");
            }
        }

        if (total > v.MaxMinutes)
        {
            found.Add(ViolationKind.TotalHours, v.Id, -1, $"{total} minutes, above the {v.MaxMinutes} agreed");
        }
    }
}
