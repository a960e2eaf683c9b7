using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// What each volunteer can still take on one day, given every other day of the plan: the earliest start and latest end
/// that keep the rest, the minutes left (Games, any seven days, the day's limit) and whether a day more in a row is
/// allowed, all computed once when the day starts. <see cref="Allows"/> then answers what <see cref="Schedule.CanTake"/>
/// answers for that day with a handful of comparisons, and <see cref="Members"/> lists, per venue and function, only
/// the volunteers who can work that day at all, so the construction's scans skip the rest. Only the day's own
/// assignments change it (<see cref="Take"/>); a new day needs a new view.
/// </summary>
internal sealed class DayView
{
    private readonly Slot[] _slots;
    private readonly int[]?[] _members;

    public DayView(Schedule schedule, Eligibility eligibility, int day, IEnumerable<Shift> shifts)
    {
        Day = day;
        var instance = schedule.Instance;
        _slots = new Slot[instance.Volunteers.Count];
        for (var v = 0; v < _slots.Length; v++)
        {
            _slots[v] = Compute(schedule, v, day);
        }

        _members = new int[]?[eligibility.Groups];
        foreach (var s in shifts)
        {
            var g = Eligibility.Group(s);
            _members[g] ??= Array.FindAll(eligibility.Members(g), v => _slots[v].MaxMinutes > 0);
        }
    }

    public int Day { get; }

    /// <summary>The volunteers of the shift's venue and function who can work this day at all, by id.</summary>
    public int[] Members(Shift s) => _members[Eligibility.Group(s)] ?? [];

    /// <summary>Whether the volunteer can take the shift (of this day) now: the same answer as <see cref="Schedule.CanTake"/>.</summary>
    public bool Allows(int v, Shift s)
    {
        ref readonly var x = ref _slots[v];
        return s.Minutes <= x.MaxMinutes && s.StartMinute >= x.From && s.EndMinute <= x.To && s.StartUtc >= x.EarliestStartUtc
            && s.EndUtc <= x.LatestEndUtc && (x.Languages & s.Languages) == s.Languages;
    }

    /// <summary>The volunteer has a shift this day now: nothing else fits.</summary>
    public void Take(int v) => _slots[v].MaxMinutes = -1;

    /// <summary>The volunteer's available days after this one (the construction's urgency for committed days).</summary>
    public int DaysLeft(int v) => _slots[v].DaysLeft;

    private static Slot Compute(Schedule schedule, int v, int day)
    {
        var (from, to) = schedule.WindowOn(v, day);
        if (from < 0 || schedule.ShiftOn(v, day) >= 0)
        {
            return new Slot(-1, 0, 0, long.MaxValue, long.MinValue, 0, 0);
        }

        var instance = schedule.Instance;
        var policy = instance.Policy;
        var vol = instance.Volunteers[v];
        var minutes = Math.Min(policy.MaxDayMinutes, vol.MaxMinutes - schedule.Minutes[v]);
        minutes = Math.Min(minutes, WeekSlack(schedule, v, day));
        if (DaysInRow(schedule, v, day) > policy.MaxConsecutiveDays)
        {
            minutes = -1;
        }

        var (earliest, latest) = (long.MinValue, long.MaxValue);
        for (var d = day - 1; d >= 0; d--)
        {
            var p = schedule.ShiftOn(v, d);
            if (p >= 0)
            {
                earliest = instance.Shifts[p].EndUtc + policy.MinRestMinutes;
                break;
            }
        }

        for (var d = day + 1; d < instance.Days; d++)
        {
            var n = schedule.ShiftOn(v, d);
            if (n >= 0)
            {
                latest = instance.Shifts[n].StartUtc - policy.MinRestMinutes;
                break;
            }
        }

        var left = 0;
        foreach (var w in vol.Availability)
        {
            left += w.Day > day ? 1 : 0;
        }

        return new Slot(minutes, from, to, earliest, latest, vol.Languages, left);
    }

    /// <summary>The most minutes the day can hold and keep every seven days that contain it within the week's limit.</summary>
    private static int WeekSlack(Schedule schedule, int v, int day)
    {
        const int week = RosterPolicy.WeekDays;
        var shifts = schedule.Instance.Shifts;
        Span<int> minutes = stackalloc int[(2 * week) - 1];
        for (var k = 0; k < minutes.Length; k++)
        {
            var d = day - week + 1 + k;
            var shift = d == day ? -1 : schedule.ShiftOn(v, d);
            minutes[k] = shift >= 0 ? shifts[shift].Minutes : 0;
        }

        var slack = int.MaxValue;
        for (var start = 0; start < week; start++)
        {
            var sum = 0;
            for (var k = start; k < start + week; k++)
            {
                sum += minutes[k];
            }

            slack = Math.Min(slack, schedule.Instance.Policy.MaxWeekMinutes - sum);
        }

        return slack;
    }

    private static int DaysInRow(Schedule schedule, int v, int day)
    {
        var run = 1;
        for (var d = day - 1; schedule.ShiftOn(v, d) >= 0; d--)
        {
            run++;
        }

        for (var d = day + 1; schedule.ShiftOn(v, d) >= 0; d++)
        {
            run++;
        }

        return run;
    }

    private record struct Slot(int MaxMinutes, short From, short To, long EarliestStartUtc, long LatestEndUtc, int Languages, int DaysLeft);
}
