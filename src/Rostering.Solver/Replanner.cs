using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// Re-plans a published roster with the published assignments pinned: an assignment moves only when the change
/// forces it (its volunteer withdrew, its shift needs fewer people, the new policy forbids it); then only the places
/// so freed, and new demand, are filled, by the same min-cost flow, from volunteers free that day. Nobody else's
/// schedule is touched.
/// </summary>
public static class Replanner
{
    public static ReplanResult Replan(RosterInstance instance, RosterPlan published, RosterChange change, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(change);
        var started = DateTime.UtcNow;
        var changed = Apply(instance, change);
        var eligibility = new Eligibility(changed);
        var schedule = new Schedule(changed);
        var changes = new List<PlanChange>();
        var affected = new HashSet<int>(change.Demand.Keys);
        foreach (var a in published.Assignments.OrderBy(a => changed.Shifts[a.Shift].StartUtc))
        {
            var s = changed.Shifts[a.Shift];
            var reason = change.Withdrawn.Contains(a.Volunteer) ? ChangeReason.VolunteerWithdrew
                : schedule.Crew[s.Id].Count >= s.Demand ? ChangeReason.DemandReduced
                : Array.BinarySearch(eligibility.For(s), a.Volunteer) < 0 || !schedule.CanTake(a.Volunteer, s) ? ChangeReason.PolicyChanged
                : (ChangeReason?)null;
            if (reason is { } why)
            {
                changes.Add(new PlanChange(a.Volunteer, s.Id, false, why));
                affected.Add(s.Id);
            }
            else
            {
                schedule.Assign(a.Volunteer, s);
            }
        }

        var before = schedule.ToPlan().Assignments.ToHashSet();
        new FlowConstruction(schedule, eligibility, new Random(seed)).Build(affected.Select(id => changed.Shifts[id]).ToList(), null, started);
        changes.AddRange(schedule.ToPlan().Assignments.Where(a => !before.Contains(a)).Select(a => new PlanChange(a.Volunteer, a.Shift, true, ChangeReason.RefilledAfterChange)));
        return new ReplanResult(changed, schedule.ToPlan(), changes, change.Withdrawn, DateTime.UtcNow - started);
    }

    /// <summary>The instance after the change: withdrawn volunteers have no availability left, demands and policy as given.</summary>
    public static RosterInstance Apply(RosterInstance instance, RosterChange change)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(change);
        var volunteers = instance.Volunteers.Select(v => change.Withdrawn.Contains(v.Id) ? v with { Availability = [] } : v).ToList();
        var shifts = instance.Shifts.Select(s => change.Demand.TryGetValue(s.Id, out var d) ? s with { Demand = d } : s).ToList();
        return instance with { Volunteers = volunteers, Shifts = shifts, Policy = change.Policy ?? instance.Policy };
    }
}
