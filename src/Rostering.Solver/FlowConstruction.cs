using System.Diagnostics;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// The first feasible plan, one day at a time in order: each day is a min-cost max-flow (OR-Tools) from volunteers
/// (one shift a day) to shifts (their demand), over each shift's cheapest few candidates; what the flow leaves empty,
/// a greedy pass over every candidate fills. Days in order keep the cross-day rules (rest, weeks, days in a row)
/// checkable against the days already planned: a <see cref="DayView"/> holds them for the day, so the scans compare a
/// few numbers per volunteer, and the scans (read-only) run on <paramref name="threads"/> threads. Each shift's scan
/// starts at a place drawn from the seed and the shift's id, not from a shared random sequence, so the plan is the same
/// whatever the number of threads.
/// </summary>
internal sealed class FlowConstruction(Schedule schedule, Eligibility eligibility, Random random, int threads = 1)
{
    private readonly Stopwatch _candidates = new(), _flow = new(), _fill = new();
    private readonly ulong _salt = (ulong)random.NextInt64();

    /// <summary>Where the construction's time went: day views and candidate scans, min-cost flows, greedy fill.</summary>
    public (TimeSpan Candidates, TimeSpan Flow, TimeSpan Fill) Timings => (_candidates.Elapsed, _flow.Elapsed, _fill.Elapsed);

    /// <summary>Fills <paramref name="shifts"/> (every shift for a first plan, the affected ones for a re-plan) as far as they go.</summary>
    public void Build(IEnumerable<Shift> shifts, IProgress<SolveProgress>? progress, DateTime started)
    {
        var byDay = shifts.GroupBy(s => s.Day).OrderBy(g => g.Key);
        foreach (var day in byDay)
        {
            var list = day.ToList();
            _candidates.Start();
            var view = new DayView(schedule, eligibility, day.Key, list);
            _candidates.Stop();
            SolveDay(view, list.Where(s => schedule.Crew[s.Id].Count < s.Demand).ToList());
            _fill.Start();
            foreach (var s in list)
            {
                FillGreedily(view, s);
            }

            _fill.Stop();

            progress?.Report(new SolveProgress("construction", DateTime.UtcNow - started, day.Key + 1, Filled(), 0));
        }
    }

    public long Filled() => schedule.Crew.Sum(c => (long)c.Count);

    private void SolveDay(DayView view, List<Shift> shifts)
    {
        _candidates.Start();
        var candidates = new (int Volunteer, int Cost)[shifts.Count][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        Parallel.For(0, shifts.Count, options, () => new List<(int, int)>(), (i, _, buffer) =>
        {
            var s = shifts[i];
            candidates[i] = Candidates(view, s, (3 * (s.Demand - schedule.Crew[s.Id].Count)) + 6, buffer);
            return buffer;
        }, _ => { });
        _candidates.Stop();
        _flow.Start();
        var chosen = DayFlow.Solve(shifts.Select(s => s.Demand - schedule.Crew[s.Id].Count).ToArray(), candidates, schedule.Instance.Volunteers.Count, threads);
        _flow.Stop();
        foreach (var (i, v) in chosen)
        {
            if (schedule.CanTake(v, shifts[i]))
            {
                schedule.Assign(v, shifts[i]);
                view.Take(v);
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> cheapest volunteers who can take the shift, from a scan of the day's members that
    /// starts at a place drawn from the seed and the shift and stops once it has seen four times as many as it keeps.
    /// </summary>
    private (int Volunteer, int Cost)[] Candidates(DayView view, Shift s, int count, List<(int Volunteer, int Cost)> found)
    {
        var list = view.Members(s);
        found.Clear();
        if (list.Length == 0)
        {
            return [];
        }

        var start = (int)(Mix(_salt ^ (ulong)s.Id) % (ulong)list.Length);
        for (var k = 0; k < list.Length && found.Count < 4 * count; k++)
        {
            var i = start + k;
            var v = list[i < list.Length ? i : i - list.Length];
            if (view.Allows(v, s))
            {
                found.Add((v, Heuristic(view, v, s)));
            }
        }

        found.Sort((a, b) => a.Cost.CompareTo(b.Cost));
        return [.. found.Take(count)];
    }

    /// <summary>The pair's score change, plus a nudge towards those whose committed days are at risk.</summary>
    private int Heuristic(DayView view, int v, Shift s)
    {
        var need = schedule.Instance.Volunteers[v].CommittedDays - schedule.DaysWorked[v];
        var urgency = need > 0 ? 20 * need / Math.Max(1, view.DaysLeft(v)) : 0;
        return PairCost.Of(schedule, eligibility, v, s) - Math.Min(20, urgency);
    }

    private void FillGreedily(DayView view, Shift s)
    {
        var crew = schedule.Crew[s.Id];
        if (crew.Count >= s.Demand)
        {
            return;
        }

        foreach (var v in view.Members(s))
        {
            if (view.Allows(v, s) && schedule.CanTake(v, s))
            {
                schedule.Assign(v, s);
                view.Take(v);
                if (crew.Count >= s.Demand)
                {
                    return;
                }
            }
        }
    }

    /// <summary>SplitMix64's finaliser: a well-spread number from the seed and a shift id.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
