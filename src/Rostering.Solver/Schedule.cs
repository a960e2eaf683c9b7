using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// The plan being built, as at most one shift per volunteer and day (a restriction the solver puts on itself: with
/// ten hours' rest two shifts a day hardly ever fit). <see cref="CanTake"/> keeps every hard constraint, so whatever
/// the construction and the search do through it stays feasible.
/// </summary>
internal sealed class Schedule
{
    private readonly RosterInstance _instance;
    private readonly IReadOnlyList<Shift> _shifts;
    private readonly int _days;
    private readonly short[] _from;
    private readonly short[] _to;

    public Schedule(RosterInstance instance)
    {
        _instance = instance;
        _shifts = instance.Shifts;
        _days = instance.Days;
        var cells = instance.Volunteers.Count * _days;
        DayShift = new int[cells];
        Array.Fill(DayShift, -1);
        _from = new short[cells];
        _to = new short[cells];
        Array.Fill(_from, (short)-1);
        foreach (var v in instance.Volunteers)
        {
            foreach (var w in v.Availability.Where(w => w.Day >= 0 && w.Day < _days))
            {
                _from[(v.Id * _days) + w.Day] = (short)w.FromMinute;
                _to[(v.Id * _days) + w.Day] = (short)w.ToMinute;
            }
        }

        Minutes = new int[instance.Volunteers.Count];
        DaysWorked = new int[instance.Volunteers.Count];
        Crew = instance.Shifts.Select(_ => new List<int>(2)).ToArray();
    }

    public RosterInstance Instance => _instance;

    /// <summary>The shift of volunteer v on day d at [v * Days + d], or -1.</summary>
    public int[] DayShift { get; }

    public int[] Minutes { get; }

    public int[] DaysWorked { get; }

    /// <summary>The volunteers on each shift.</summary>
    public List<int>[] Crew { get; }

    public int ShiftOn(int volunteer, int day) => day < 0 || day >= _days ? -1 : DayShift[(volunteer * _days) + day];

    /// <summary>The volunteer's hours on the day in local minutes, or (-1, -1) when not available.</summary>
    public (short From, short To) WindowOn(int volunteer, int day) => (_from[(volunteer * _days) + day], _to[(volunteer * _days) + day]);

    public bool IsAvailable(int volunteer, int day) => _from[(volunteer * _days) + day] >= 0 && DayShift[(volunteer * _days) + day] < 0;

    /// <summary>Whether the shift fits the volunteer whatever else they work: the day's hours, languages, length.</summary>
    public bool Fits(int v, Shift s)
    {
        var cell = (v * _days) + s.Day;
        var vol = _instance.Volunteers[v];
        return _from[cell] >= 0 && s.StartMinute >= _from[cell] && s.EndMinute <= _to[cell] && (vol.Languages & s.Languages) == s.Languages
            && s.Minutes <= _instance.Policy.MaxDayMinutes && s.Minutes <= vol.MaxMinutes;
    }

    /// <summary>Whether the volunteer, who may work the shift's venue and function, can take it now.</summary>
    public bool CanTake(int v, Shift s)
    {
        var policy = _instance.Policy;
        var cell = (v * _days) + s.Day;
        if (DayShift[cell] >= 0 || _from[cell] < 0 || s.StartMinute < _from[cell] || s.EndMinute > _to[cell])
        {
            return false;
        }

        var vol = _instance.Volunteers[v];
        if ((vol.Languages & s.Languages) != s.Languages || s.Minutes > policy.MaxDayMinutes || Minutes[v] + s.Minutes > vol.MaxMinutes)
        {
            return false;
        }

        return RestKept(v, s) && DaysInRowKept(v, s.Day) && WeeksKept(v, s);
    }

    public void Assign(int v, Shift s)
    {
        DayShift[(v * _days) + s.Day] = s.Id;
        Minutes[v] += s.Minutes;
        DaysWorked[v]++;
        Crew[s.Id].Add(v);
    }

    public void Release(int v, Shift s)
    {
        DayShift[(v * _days) + s.Day] = -1;
        Minutes[v] -= s.Minutes;
        DaysWorked[v]--;
        Crew[s.Id].Remove(v);
    }

    /// <summary>The plan as assignments, volunteer by volunteer.</summary>
    public RosterPlan ToPlan()
    {
        var list = new List<Assignment>();
        for (var cell = 0; cell < DayShift.Length; cell++)
        {
            if (DayShift[cell] >= 0)
            {
                list.Add(new Assignment(DayShift[cell], cell / _days));
            }
        }

        return new RosterPlan(list);
    }

    private bool RestKept(int v, Shift s)
    {
        for (var d = s.Day - 1; d >= 0; d--)
        {
            var p = DayShift[(v * _days) + d];
            if (p >= 0)
            {
                if (s.StartUtc - _shifts[p].EndUtc < _instance.Policy.MinRestMinutes)
                {
                    return false;
                }

                break;
            }
        }

        for (var d = s.Day + 1; d < _days; d++)
        {
            var n = DayShift[(v * _days) + d];
            if (n >= 0)
            {
                return _shifts[n].StartUtc - s.EndUtc >= _instance.Policy.MinRestMinutes;
            }
        }

        return true;
    }

    private bool DaysInRowKept(int v, int day)
    {
        var run = 1;
        for (var d = day - 1; d >= 0 && DayShift[(v * _days) + d] >= 0; d--)
        {
            run++;
        }

        for (var d = day + 1; d < _days && DayShift[(v * _days) + d] >= 0; d++)
        {
            run++;
        }

        return run <= _instance.Policy.MaxConsecutiveDays;
    }

    private bool WeeksKept(int v, Shift s)
    {
        const int week = RosterPolicy.WeekDays;
        Span<int> minutes = stackalloc int[(2 * week) - 1];
        for (var k = 0; k < minutes.Length; k++)
        {
            var d = s.Day - week + 1 + k;
            var shift = d == s.Day ? -2 : ShiftOn(v, d);
            minutes[k] = shift == -2 ? s.Minutes : shift >= 0 ? _shifts[shift].Minutes : 0;
        }

        for (var start = 0; start < week; start++)
        {
            var sum = 0;
            for (var k = start; k < start + week; k++)
            {
                sum += minutes[k];
            }

            if (sum > _instance.Policy.MaxWeekMinutes)
            {
                return false;
            }
        }

        return true;
    }
}
