using Google.OrTools.Sat;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// The other neighbourhood: a few volunteers who could fill an open place, with all their shifts released, re-planned
/// over every day at once. Only this kind can trade a volunteer's Monday for their Friday (hours, days in a row,
/// committed days), which a day's neighbourhood cannot. Everyone else is fixed: they only take room on shifts and
/// weigh in teams' gender balance.
/// </summary>
internal sealed record CrossDayProblem(
    IReadOnlyList<int> Volunteers,
    IReadOnlyList<(int Volunteer, Shift Shift, int Cost)> Pairs,
    IReadOnlyList<(int Volunteer, Shift Shift)> Current,
    IReadOnlyDictionary<int, int> Room,
    IReadOnlyDictionary<(int Team, int Day), int> FixedBalance)
{
    public (List<(int Volunteer, Shift Shift)> Chosen, long Score, long CurrentScore) Solve(RosterInstance instance, double seconds)
    {
        var w = instance.Weights;
        var p = instance.Policy;
        var model = new CpModel();
        var x = Pairs.Select(_ => model.NewBoolVar(string.Empty)).ToArray();
        var objective = LinearExpr.NewBuilder();
        for (var i = 0; i < x.Length; i++)
        {
            objective.AddTerm(x[i], Pairs[i].Cost - w.Unfilled);
        }

        foreach (var shift in Enumerable.Range(0, x.Length).GroupBy(i => Pairs[i].Shift.Id))
        {
            model.Add(LinearExpr.Sum(shift.Select(i => x[i])) <= Room[shift.Key]);
        }

        foreach (var mine in Enumerable.Range(0, x.Length).GroupBy(i => Pairs[i].Volunteer))
        {
            Volunteer(instance, model, objective, x, mine.ToList());
        }

        foreach (var team in Enumerable.Range(0, x.Length).GroupBy(i => (Pairs[i].Shift.Team, Pairs[i].Shift.Day)))
        {
            var balance = LinearExpr.NewBuilder().Add(FixedBalance.GetValueOrDefault(team.Key));
            foreach (var i in team)
            {
                balance.AddTerm(x[i], PairCost.GenderSign(instance.Volunteers[Pairs[i].Volunteer]));
            }

            var excess = model.NewIntVar(0, 10_000, string.Empty);
            model.Add(excess >= balance - 1);
            model.Add(excess >= -balance - 1);
            objective.AddTerm(excess, w.GenderImbalance);
        }

        var current = Current.ToHashSet();
        for (var i = 0; i < x.Length; i++)
        {
            model.AddHint(x[i], current.Contains((Pairs[i].Volunteer, Pairs[i].Shift)) ? 1 : 0);
        }

        model.Minimize(objective);
        using var solver = new CpSolver { StringParameters = $"max_time_in_seconds:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:1" };
        var status = solver.Solve(model);
        var currentScore = Score(Current, instance);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (Current.ToList(), currentScore, currentScore);
        }

        var chosen = Enumerable.Range(0, x.Length).Where(i => solver.BooleanValue(x[i])).Select(i => (Pairs[i].Volunteer, Pairs[i].Shift)).ToList();
        return (chosen, Score(chosen, instance), currentScore);
    }

    /// <summary>This neighbourhood's objective for an assignment, computed directly.</summary>
    public long Score(IEnumerable<(int Volunteer, Shift Shift)> chosen, RosterInstance instance)
    {
        var w = instance.Weights;
        var costs = Pairs.ToDictionary(p => (p.Volunteer, p.Shift.Id), p => p.Cost);
        var list = chosen.ToList();
        long score = list.Sum(c => (long)costs[(c.Volunteer, c.Shift.Id)] - w.Unfilled);
        var balance = new Dictionary<(int, int), int>();
        foreach (var (v, s) in list)
        {
            balance[(s.Team, s.Day)] = balance.GetValueOrDefault((s.Team, s.Day), FixedBalance.GetValueOrDefault((s.Team, s.Day))) + PairCost.GenderSign(instance.Volunteers[v]);
        }

        score += balance.Values.Sum(b => (long)Math.Max(0, Math.Abs(b) - 1) * w.GenderImbalance);
        foreach (var v in Volunteers)
        {
            var days = list.Where(c => c.Volunteer == v).OrderBy(c => c.Shift.Day).Select(c => c.Shift).ToList();
            score += Math.Max(0, instance.Volunteers[v].CommittedDays - days.Count) * (long)w.CommittedDayMissed;
            score += days.Zip(days.Skip(1)).Count(d => d.Second.Day == d.First.Day + 1 && d.Second.Team != d.First.Team) * (long)w.TeamChange;
        }

        return score;
    }

    private void Volunteer(RosterInstance instance, CpModel model, LinearExprBuilder objective, BoolVar[] x, List<int> mine)
    {
        var w = instance.Weights;
        var p = instance.Policy;
        var vol = instance.Volunteers[Pairs[mine[0]].Volunteer];
        var works = new LinearExpr[instance.Days];
        var minutes = new LinearExpr[instance.Days];
        for (var d = 0; d < instance.Days; d++)
        {
            var today = mine.Where(i => Pairs[i].Shift.Day == d).ToList();
            model.AddAtMostOne(today.Select(i => (ILiteral)x[i]));
            works[d] = LinearExpr.Sum(today.Select(i => x[i]));
            minutes[d] = LinearExpr.WeightedSum(today.Select(i => x[i]), today.Select(i => (long)Pairs[i].Shift.Minutes));
        }

        foreach (var a in mine)
        {
            foreach (var b in mine.Where(b => Pairs[b].Shift.Day > Pairs[a].Shift.Day && Pairs[b].Shift.Day <= Pairs[a].Shift.Day + 2))
            {
                var (first, second) = (Pairs[a].Shift, Pairs[b].Shift);
                if (second.StartUtc - first.EndUtc < p.MinRestMinutes)
                {
                    model.AddBoolOr([x[a].Not(), x[b].Not()]);
                }

                if (second.Day == first.Day + 1 && second.Team != first.Team)
                {
                    var change = model.NewBoolVar(string.Empty);
                    model.Add(change >= x[a] + x[b] - 1);
                    objective.AddTerm(change, w.TeamChange);
                }
            }
        }

        for (var d = 0; d < instance.Days; d++)
        {
            var from = Math.Max(0, d - RosterPolicy.WeekDays + 1);
            model.Add(LinearExpr.Sum(minutes.Skip(from).Take(d - from + 1)) <= p.MaxWeekMinutes);
            if (d + p.MaxConsecutiveDays < instance.Days)
            {
                model.Add(LinearExpr.Sum(works.Skip(d).Take(p.MaxConsecutiveDays + 1)) <= p.MaxConsecutiveDays);
            }
        }

        model.Add(LinearExpr.Sum(minutes) <= vol.MaxMinutes);
        var missed = model.NewIntVar(0, Math.Max(0, vol.CommittedDays), string.Empty);
        model.Add(missed >= vol.CommittedDays - LinearExpr.Sum(works));
        objective.AddTerm(missed, w.CommittedDayMissed);
    }
}
