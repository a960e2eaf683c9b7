using Olympics.Orleans.Contracts;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Grains.Rostering.Import;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>
/// A re-plan of the published roster after volunteers withdrew (<see cref="Replanner"/>: every other published
/// assignment pinned), checked by the independent checker and turned into a publication whose every release and
/// assignment carries the re-planner's reason.
/// </summary>
internal static class RosterReplans
{
    /// <summary>The imports as the solver's instance (volunteers and shifts by their place in the import).</summary>
    public static RosterInstance Instance(RosterInput input)
    {
        var (first, days) = ShiftRows.Span(input.Shifts);
        return new RosterInstance(first, days, RosterFields.Venues, VolunteerRows.ToModel(input.Volunteers, first, days),
            ShiftRows.ToModel(input.Shifts, first), new RosterPolicy(), new SoftWeights());
    }

    /// <summary>The withdrawn volunteers' places in the import.</summary>
    /// <exception cref="InvalidCommandException">None given, or an id that was not imported.</exception>
    public static HashSet<int> Withdrawn(RosterInput input, IReadOnlyList<string> volunteers)
    {
        if (volunteers.Count == 0)
        {
            throw new InvalidCommandException("volunteers", "Name at least one volunteer who withdrew.");
        }

        var index = input.Volunteers.Select((v, i) => (v.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. volunteers.Select((id, i) => index.TryGetValue(id ?? "", out var place) ? place
            : throw new InvalidCommandException($"volunteers[{i}]", $"'{id}' is not a volunteer of this roster."))];
    }

    /// <summary>Re-plans and checks; the result, its check and the publication to append.</summary>
    public static (ReplanResult Result, CheckReport Check, PublishRoster Publication) Replan(
        RosterInput input, Roster published, IReadOnlySet<int> withdrawn, string reason, int seed, DateTimeOffset at)
    {
        var result = Replanner.Replan(Instance(input), new RosterPlan([.. published.Assignments]), RosterChange.Withdraw(withdrawn), seed);
        var check = PlanChecker.Check(result.Instance, result.Plan);
        return (result, check, Publication.Of(result, check.Score.UnfilledPlaces, check.Score.Total, reason, at));
    }

    /// <summary>Each volunteer's changes by the imported ids, in volunteer then shift order.</summary>
    public static IReadOnlyList<VolunteerChange> Changes(RosterInput input, ReplanResult result) => [.. result.Changes
        .OrderBy(c => c.Volunteer).ThenBy(c => c.Shift).ThenBy(c => c.Assigned)
        .Select(c => new VolunteerChange(input.Volunteers[c.Volunteer].Id, input.Shifts[c.Shift].Id, c.Assigned, c.Reason.ToString()))];
}
