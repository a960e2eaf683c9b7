using Google.OrTools.Graph;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// One day's min-cost max-flow (OR-Tools): source to each volunteer (capacity one: one shift a day), volunteer to shift
/// over the candidate pairs at their cost, shift to sink (its open places). Shifts that share no candidate, directly or
/// through others, are separate problems (Marseille's, Lille's and Tahiti's volunteers never meet Paris's): each such
/// component is its own flow, and the components are solved on <c>threads</c> threads. The answer does not depend on
/// the number of threads.
/// </summary>
internal static class DayFlow
{
    /// <param name="open">Open places per shift.</param>
    /// <param name="candidates">Per shift, the candidate volunteers and the pair's cost.</param>
    /// <param name="volunteers">How many volunteers the instance has (volunteer ids are below it).</param>
    /// <param name="threads">Flows solved at once.</param>
    /// <returns>The (shift index, volunteer) pairs that carry flow, by shift index.</returns>
    public static List<(int Shift, int Volunteer)> Solve(int[] open, (int Volunteer, int Cost)[][] candidates, int volunteers, int threads = 1)
    {
        var components = Components(candidates, volunteers);
        var chosen = new List<(int Shift, int Volunteer)>[components.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        // The largest first, so that the other thread works through the small ones meanwhile.
        var order = Enumerable.Range(0, components.Count).OrderByDescending(c => components[c].Count).ToArray();
        Parallel.ForEach(order, options, c => chosen[c] = SolveComponent(components[c], open, candidates));
        return [.. chosen.SelectMany(c => c).OrderBy(c => c.Shift).ThenBy(c => c.Volunteer)];
    }

    /// <summary>The shifts (by index) in groups that share no candidate volunteer, each in index order.</summary>
    private static List<List<int>> Components((int Volunteer, int Cost)[][] candidates, int volunteers)
    {
        // Union-find over shifts; a volunteer links every shift it is a candidate for to the first one seen.
        var parent = Enumerable.Range(0, candidates.Length).ToArray();
        var first = new int[volunteers];
        Array.Fill(first, -1);
        for (var i = 0; i < candidates.Length; i++)
        {
            foreach (var (v, _) in candidates[i])
            {
                if (first[v] < 0)
                {
                    first[v] = i;
                }
                else
                {
                    parent[Find(parent, i)] = Find(parent, first[v]);
                }
            }
        }

        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < candidates.Length; i++)
        {
            var root = Find(parent, i);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(i);
        }

        return [.. byRoot.Values];
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            x = parent[x] = parent[parent[x]];
        }

        return x;
    }

    private static List<(int Shift, int Volunteer)> SolveComponent(List<int> shifts, int[] open, (int Volunteer, int Cost)[][] candidates)
    {
        const int source = 0, sink = 1;
        using var flow = new MinCostFlow();
        var node = new Dictionary<int, int>();
        var next = 2 + shifts.Count;
        var arcs = new List<(int Arc, int Shift, int Volunteer)>();
        long total = 0;
        for (var k = 0; k < shifts.Count; k++)
        {
            var i = shifts[k];
            foreach (var (v, cost) in candidates[i])
            {
                if (!node.TryGetValue(v, out var n))
                {
                    node[v] = n = next++;
                    flow.AddArcWithCapacityAndUnitCost(source, n, 1, 0);
                }

                arcs.Add((flow.AddArcWithCapacityAndUnitCost(n, 2 + k, 1, cost), i, v));
            }

            flow.AddArcWithCapacityAndUnitCost(2 + k, sink, open[i], 0);
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
