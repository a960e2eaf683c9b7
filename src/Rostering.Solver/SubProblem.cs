using Google.OrTools.Sat;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// A neighbourhood as a CP-SAT model: one shift at most per volunteer, demand at most per shift, and a score of
/// pair costs, unfilled places and each team's gender imbalance beyond one. The current assignment is the hint, so
/// the answer is never worse than what the plan has.
/// </summary>
internal static class SubProblem
{
    /// <summary>The best assignment found and its score, with the score of the current one.</summary>
    public static (List<(int Volunteer, Shift Shift)> Chosen, long Score, long CurrentScore) Solve(
        Neighbourhood n, RosterInstance instance, double seconds)
    {
        var w = instance.Weights;
        var model = new CpModel();
        var x = n.Pairs.Select(_ => model.NewBoolVar(string.Empty)).ToArray();
        var objective = LinearExpr.NewBuilder();
        for (var i = 0; i < x.Length; i++)
        {
            objective.AddTerm(x[i], n.Pairs[i].Cost - w.Unfilled);
        }

        foreach (var group in Enumerable.Range(0, x.Length).GroupBy(i => n.Pairs[i].Volunteer))
        {
            model.AddAtMostOne(group.Select(i => (ILiteral)x[i]));
        }

        foreach (var group in Enumerable.Range(0, x.Length).GroupBy(i => n.Pairs[i].Shift.Id))
        {
            model.Add(LinearExpr.Sum(group.Select(i => x[i])) <= n.Pairs[group.First()].Shift.Demand);
        }

        foreach (var team in Enumerable.Range(0, x.Length).GroupBy(i => n.Pairs[i].Shift.Team))
        {
            var balance = LinearExpr.NewBuilder().Add(n.FixedBalance.GetValueOrDefault(team.Key));
            foreach (var i in team)
            {
                balance.AddTerm(x[i], PairCost.GenderSign(instance.Volunteers[n.Pairs[i].Volunteer]));
            }

            var excess = model.NewIntVar(0, n.Shifts.Sum(s => s.Demand) + Math.Abs(n.FixedBalance.GetValueOrDefault(team.Key)), string.Empty);
            model.Add(excess >= balance - 1);
            model.Add(excess >= -balance - 1);
            objective.AddTerm(excess, w.GenderImbalance);
        }

        var current = n.Current.ToHashSet();
        for (var i = 0; i < x.Length; i++)
        {
            model.AddHint(x[i], current.Contains((n.Pairs[i].Volunteer, n.Pairs[i].Shift)) ? 1 : 0);
        }

        model.Minimize(objective);
        using var solver = new CpSolver { StringParameters = $"max_time_in_seconds:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:1" };
        var status = solver.Solve(model);
        var currentScore = Score(n.Current, n.Pairs, instance, n.FixedBalance);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (n.Current.ToList(), currentScore, currentScore);
        }

        var chosen = Enumerable.Range(0, x.Length).Where(i => solver.BooleanValue(x[i])).Select(i => (n.Pairs[i].Volunteer, n.Pairs[i].Shift)).ToList();
        return (chosen, Score(chosen, n.Pairs, instance, n.FixedBalance), currentScore);
    }

    /// <summary>The sub-problem's objective for an assignment, computed directly rather than read from the solver.</summary>
    public static long Score(
        IEnumerable<(int Volunteer, Shift Shift)> chosen, IReadOnlyList<(int Volunteer, Shift Shift, int Cost)> pairs, RosterInstance instance,
        IReadOnlyDictionary<int, int> fixedBalance)
    {
        var w = instance.Weights;
        var costs = pairs.ToDictionary(p => (p.Volunteer, p.Shift.Id), p => p.Cost);
        long score = 0;
        var balance = new Dictionary<int, int>();
        foreach (var (v, s) in chosen)
        {
            score += costs[(v, s.Id)] - w.Unfilled;
            balance[s.Team] = balance.GetValueOrDefault(s.Team, fixedBalance.GetValueOrDefault(s.Team)) + PairCost.GenderSign(instance.Volunteers[v]);
        }

        return score + balance.Values.Sum(b => (long)Math.Max(0, Math.Abs(b) - 1) * w.GenderImbalance);
    }
}
