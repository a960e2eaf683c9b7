using Google.OrTools.Graph;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// The first feasible plan, one day at a time in order: each day is a min-cost max-flow (OR-Tools) from volunteers
/// (one shift a day) to shifts (their demand), over each shift's cheapest few candidates; what the flow leaves empty,
/// a greedy pass over every candidate fills. Days in order keep the cross-day rules (rest, weeks, days in a row)
/// checkable against the days already planned.
/// </summary>
internal sealed class FlowConstruction(Schedule schedule, Eligibility eligibility, Random random)
{
    private const int CostOffset = 1000;
    private readonly System.Diagnostics.Stopwatch _candidates = new(), _flow = new(), _fill = new();

    /// <summary>Where the construction's time went: candidate scans, min-cost flows, greedy fill.</summary>
    public (TimeSpan Candidates, TimeSpan Flow, TimeSpan Fill) Timings => (_candidates.Elapsed, _flow.Elapsed, _fill.Elapsed);

    /// <summary>Fills <paramref name="shifts"/> (every shift for a first plan, the affected ones for a re-plan) as far as they go.</summary>
    public void Build(IEnumerable<Shift> shifts, IProgress<SolveProgress>? progress, DateTime started)
    {
        var byDay = shifts.GroupBy(s => s.Day).OrderBy(g => g.Key);
        foreach (var day in byDay)
        {
            SolveDay(day.ToList());
            _fill.Start();
            foreach (var s in day)
            {
                FillGreedily(s);
            }

            _fill.Stop();

            progress?.Report(new SolveProgress("construction", DateTime.UtcNow - started, day.Key + 1, Filled(), 0));
        }
    }

    public long Filled() => schedule.Crew.Sum(c => (long)c.Count);

    private void SolveDay(List<Shift> shifts)
    {
        shifts = shifts.Where(s => schedule.Crew[s.Id].Count < s.Demand).ToList();
        using var flow = new MinCostFlow();
        var volunteerNode = new Dictionary<int, int>();
        var arcs = new List<(int Arc, int Volunteer, Shift Shift)>();
        const int source = 0, sink = 1;
        var next = 2;
        var shiftNode = new int[shifts.Count];
        for (var i = 0; i < shifts.Count; i++)
        {
            shiftNode[i] = next++;
        }

        for (var i = 0; i < shifts.Count; i++)
        {
            var s = shifts[i];
            var open = s.Demand - schedule.Crew[s.Id].Count;
            _candidates.Start();
            var candidates = Candidates(s, (3 * open) + 6);
            _candidates.Stop();
            foreach (var (v, cost) in candidates)
            {
                if (!volunteerNode.TryGetValue(v, out var node))
                {
                    volunteerNode[v] = node = next++;
                    flow.AddArcWithCapacityAndUnitCost(source, node, 1, 0);
                }

                arcs.Add((flow.AddArcWithCapacityAndUnitCost(node, shiftNode[i], 1, cost + CostOffset), v, s));
            }

            flow.AddArcWithCapacityAndUnitCost(shiftNode[i], sink, open, 0);
        }

        var total = shifts.Sum(s => s.Demand - schedule.Crew[s.Id].Count);
        flow.SetNodeSupply(source, total);
        flow.SetNodeSupply(sink, -total);
        _flow.Start();
        var status = flow.SolveMaxFlowWithMinCost();
        _flow.Stop();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            return;
        }

        foreach (var (arc, v, s) in arcs)
        {
            if (flow.Flow(arc) > 0 && schedule.CanTake(v, s))
            {
                schedule.Assign(v, s);
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> cheapest volunteers who can take the shift, from a scan that starts at a random
    /// place in the candidate list and stops once it has seen four times as many as it keeps.
    /// </summary>
    private List<(int Volunteer, int Cost)> Candidates(Shift s, int count)
    {
        var list = eligibility.For(s);
        var found = new List<(int, int)>();
        if (list.Length == 0)
        {
            return found;
        }

        var start = random.Next(list.Length);
        for (var k = 0; k < list.Length && found.Count < 4 * count; k++)
        {
            var v = list[(start + k) % list.Length];
            if (schedule.CanTake(v, s))
            {
                found.Add((v, Heuristic(v, s)));
            }
        }

        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found.Count > count ? found.GetRange(0, count) : found;
    }

    /// <summary>The pair's score change, plus a nudge towards those whose committed days are at risk.</summary>
    private int Heuristic(int v, Shift s)
    {
        var vol = schedule.Instance.Volunteers[v];
        var need = vol.CommittedDays - schedule.DaysWorked[v];
        var left = 0;
        foreach (var w in vol.Availability)
        {
            left += w.Day > s.Day ? 1 : 0;
        }

        var urgency = need > 0 ? 20 * need / Math.Max(1, left) : 0;
        return PairCost.Of(schedule, eligibility, v, s) - Math.Min(20, urgency);
    }

    private void FillGreedily(Shift s)
    {
        var crew = schedule.Crew[s.Id];
        if (crew.Count >= s.Demand)
        {
            return;
        }

        foreach (var v in eligibility.For(s))
        {
            if (schedule.CanTake(v, s))
            {
                schedule.Assign(v, s);
                if (crew.Count >= s.Demand)
                {
                    return;
                }
            }
        }
    }
}
