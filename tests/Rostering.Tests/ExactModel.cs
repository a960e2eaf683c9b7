using Google.OrTools.Sat;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Tests;

/// <summary>
/// The whole of a small instance as one CP-SAT model, written from the rules (not from the solver's code): every hard
/// constraint and the checker's soft score, for instances where a day's limit allows one shift a day. Its optimum is
/// the yardstick of the property tests.
/// </summary>
internal static class ExactModel
{
    public static (long Optimum, RosterPlan Plan) Solve(RosterInstance instance)
    {
        var w = instance.Weights;
        var p = instance.Policy;
        var model = new CpModel();
        var objective = LinearExpr.NewBuilder();
        var x = new Dictionary<(int V, int S), BoolVar>();
        foreach (var v in instance.Volunteers)
        {
            foreach (var s in instance.Shifts.Where(s => Eligible(instance, v, s)))
            {
                var pair = x[(v.Id, s.Id)] = model.NewBoolVar($"x{v.Id}_{s.Id}");
                var cost = ((int)(Geo.Km(v, instance.Venues[s.Venue]) / 10) * w.TravelPer10Km)
                    + (v.PreferredVenues != 0 && (v.PreferredVenues & (1UL << s.Venue)) == 0 ? w.VenueNotPreferred : 0)
                    + (v.PreferredFunctions != 0 && (v.PreferredFunctions & (1 << s.Function)) == 0 ? w.FunctionNotPreferred : 0);
                objective.AddTerm(pair, cost - w.Unfilled);
            }
        }

        objective.Add(instance.Shifts.Sum(s => (long)s.Demand) * w.Unfilled);
        foreach (var s in instance.Shifts)
        {
            model.Add(LinearExpr.Sum(x.Where(e => e.Key.S == s.Id).Select(e => e.Value)) <= s.Demand);
        }

        foreach (var v in instance.Volunteers)
        {
            Schedule(instance, model, objective, x, v);
        }

        foreach (var team in instance.Shifts.GroupBy(s => (s.Team, s.Day)))
        {
            var balance = LinearExpr.NewBuilder();
            foreach (var e in x.Where(e => team.Any(s => s.Id == e.Key.S)))
            {
                balance.AddTerm(e.Value, instance.Volunteers[e.Key.V].Gender switch { 'F' => 1, 'M' => -1, _ => 0 });
            }

            var excess = model.NewIntVar(0, 1000, "excess");
            model.Add(excess >= balance - 1);
            model.Add(excess >= -balance - 1);
            objective.AddTerm(excess, w.GenderImbalance);
        }

        model.Minimize(objective);
        var solver = new CpSolver { StringParameters = "max_time_in_seconds:30 num_workers:2" };
        var status = solver.Solve(model);
        status.ShouldBe(CpSolverStatus.Optimal);
        var plan = new RosterPlan(x.Where(e => solver.BooleanValue(e.Value)).Select(e => new Assignment(e.Key.S, e.Key.V)).ToList());
        return ((long)Math.Round(solver.ObjectiveValue), plan);
    }

    private static void Schedule(RosterInstance instance, CpModel model, LinearExprBuilder objective, Dictionary<(int V, int S), BoolVar> x, Volunteer v)
    {
        var w = instance.Weights;
        var p = instance.Policy;
        var mine = x.Where(e => e.Key.V == v.Id).Select(e => (Shift: instance.Shifts[e.Key.S], Var: e.Value)).ToList();
        foreach (var a in mine)
        {
            foreach (var b in mine.Where(b => b.Shift.Id > a.Shift.Id))
            {
                var first = a.Shift.StartUtc <= b.Shift.StartUtc ? a.Shift : b.Shift;
                var second = first == a.Shift ? b.Shift : a.Shift;
                if (second.StartUtc - first.EndUtc < p.MinRestMinutes)
                {
                    model.AddBoolOr([a.Var.Not(), b.Var.Not()]);
                }

                if (b.Shift.Day == a.Shift.Day + 1 && b.Shift.Team != a.Shift.Team || a.Shift.Day == b.Shift.Day + 1 && a.Shift.Team != b.Shift.Team)
                {
                    var change = model.NewBoolVar("change");
                    model.Add(change >= a.Var + b.Var - 1);
                    objective.AddTerm(change, w.TeamChange);
                }
            }
        }

        var works = new BoolVar[instance.Days];
        var minutes = new LinearExpr[instance.Days];
        for (var d = 0; d < instance.Days; d++)
        {
            var today = mine.Where(m => m.Shift.Day == d).ToList();
            works[d] = model.NewBoolVar("works");
            model.Add(LinearExpr.Sum(today.Select(t => t.Var)) >= works[d]);
            foreach (var t in today)
            {
                model.AddImplication(t.Var, works[d]);
            }

            minutes[d] = LinearExpr.WeightedSum(today.Select(t => t.Var), today.Select(t => (long)t.Shift.Minutes));
            model.Add(minutes[d] <= p.MaxDayMinutes);
        }

        for (var d = 0; d < instance.Days; d++)
        {
            var week = Enumerable.Range(Math.Max(0, d - RosterPolicy.WeekDays + 1), Math.Min(d + 1, RosterPolicy.WeekDays)).ToList();
            model.Add(LinearExpr.Sum(week.Select(k => minutes[k])) <= p.MaxWeekMinutes);
            if (d + p.MaxConsecutiveDays < instance.Days)
            {
                model.Add(LinearExpr.Sum(works.Skip(d).Take(p.MaxConsecutiveDays + 1)) <= p.MaxConsecutiveDays);
            }
        }

        model.Add(LinearExpr.Sum(minutes) <= v.MaxMinutes);
        var missed = model.NewIntVar(0, v.CommittedDays, "missed");
        model.Add(missed >= v.CommittedDays - LinearExpr.Sum(works));
        objective.AddTerm(missed, w.CommittedDayMissed);
    }

    private static bool Eligible(RosterInstance instance, Volunteer v, Shift s)
    {
        var window = v.WindowOn(s.Day);
        return (v.Functions & (1 << s.Function)) != 0 && (v.Languages & s.Languages) == s.Languages && (v.Access & (1UL << s.Venue)) != 0
            && Geo.Km(v, instance.Venues[s.Venue]) <= instance.Policy.MaxTravelKm
            && window is { } win && s.StartMinute >= win.FromMinute && s.EndMinute <= win.ToMinute;
    }
}
