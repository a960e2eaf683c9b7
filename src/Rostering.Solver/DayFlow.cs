using Google.OrTools.Graph;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// One day's min-cost max-flow (OR-Tools): source to each volunteer (capacity one: one shift a day), volunteer to shift
/// over the candidate pairs at their cost, shift to sink (its open places). Returns the pairs that carry flow.
/// </summary>
internal static class DayFlow
{
    /// <param name="open">Open places per shift.</param>
    /// <param name="candidates">Per shift, the candidate volunteers and the pair's cost.</param>
    /// <param name="volunteers">How many volunteers the instance has (volunteer ids are below it).</param>
    public static List<(int Shift, int Volunteer)> Solve(int[] open, (int Volunteer, int Cost)[][] candidates, int volunteers)
    {
        const int source = 0, sink = 1;
        using var flow = new MinCostFlow();
        var node = new int[volunteers];
        var next = 2 + open.Length;
        var arcs = new List<(int Arc, int Shift, int Volunteer)>();
        long total = 0;
        for (var i = 0; i < open.Length; i++)
        {
            foreach (var (v, cost) in candidates[i])
            {
                if (node[v] == 0)
                {
                    node[v] = next++;
                    flow.AddArcWithCapacityAndUnitCost(source, node[v], 1, 0);
                }

                arcs.Add((flow.AddArcWithCapacityAndUnitCost(node[v], 2 + i, 1, cost), i, v));
            }

            flow.AddArcWithCapacityAndUnitCost(2 + i, sink, open[i], 0);
            total += open[i];
        }

        flow.SetNodeSupply(source, total);
        flow.SetNodeSupply(sink, -total);
        var chosen = new List<(int, int)>();
        if (flow.SolveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL)
        {
            return chosen;
        }

        foreach (var (arc, i, v) in arcs)
        {
            if (flow.Flow(arc) > 0)
            {
                chosen.Add((i, v));
            }
        }

        return chosen;
    }
}
