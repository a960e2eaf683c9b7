using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Checking;

/// <summary>
/// Judges a plan on its own: every hard constraint, then the soft score. It shares only the model with the solver, so
/// a solver bug cannot hide behind a shared helper.
/// </summary>
public static class PlanChecker
{
    /// <summary>Violations listed in a report; all are counted.</summary>
    public const int MaxListed = 1000;

    public static CheckReport Check(RosterInstance instance, RosterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        var found = new Found();
        var byVolunteer = new List<Shift>[instance.Volunteers.Count];
        var filled = new int[instance.Shifts.Count];
        var seen = new HashSet<Assignment>();
        foreach (var a in plan.Assignments)
        {
            if (a.Shift < 0 || a.Shift >= instance.Shifts.Count || a.Volunteer < 0 || a.Volunteer >= instance.Volunteers.Count)
            {
                found.Add(ViolationKind.UnknownReference, a.Volunteer, a.Shift, "no such volunteer or shift");
                continue;
            }

            if (!seen.Add(a))
            {
                found.Add(ViolationKind.DuplicateAssignment, a.Volunteer, a.Shift, "assigned twice");
                continue;
            }

            var shift = instance.Shifts[a.Shift];
            filled[a.Shift]++;
            (byVolunteer[a.Volunteer] ??= []).Add(shift);
            ShiftRules.Check(instance, instance.Volunteers[a.Volunteer], shift, found);
        }

        foreach (var shift in instance.Shifts.Where(s => filled[s.Id] > s.Demand))
        {
            found.Add(ViolationKind.OverDemand, -1, shift.Id, $"{filled[shift.Id]} people for a demand of {shift.Demand}");
        }

        for (var v = 0; v < byVolunteer.Length; v++)
        {
            if (byVolunteer[v] is { } mine)
            {
                mine.Sort((x, y) => x.StartUtc.CompareTo(y.StartUtc));
                ScheduleRules.Check(instance, instance.Volunteers[v], mine, found);
            }
        }

        return new CheckReport(found.Listed, found.Counts, SoftScorer.Score(instance, byVolunteer, filled), SoftScorer.Stats(instance, byVolunteer, filled));
    }

    internal sealed class Found
    {
        public List<Violation> Listed { get; } = [];

        public Dictionary<ViolationKind, int> Counts { get; } = [];

        public void Add(ViolationKind kind, int volunteer, int shift, string detail)
        {
            Counts[kind] = Counts.GetValueOrDefault(kind) + 1;
            if (Listed.Count < MaxListed)
            {
                Listed.Add(new Violation(kind, volunteer, shift, detail));
            }
        }
    }
}
