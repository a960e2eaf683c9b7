using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Events;

/// <summary>Decides the events of a publication. Pure: the command carries the time.</summary>
public static class RosterDecider
{
    /// <summary>Assignments per <see cref="VolunteersAssignedInBulk"/> event.</summary>
    public const int BulkSize = 5_000;

    /// <summary>
    /// Releases, then assignments, then the publication; a release of nobody or a second assignment is refused. The
    /// first revision assigns in bulk events; later ones (re-plans) one event per volunteer and shift, so the audit
    /// reads whose shift changed and why.
    /// </summary>
    /// <exception cref="InvalidOperationException">The changes do not apply to the current roster.</exception>
    public static IReadOnlyList<IRosterEvent> Decide(PublishRoster command, Roster state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var revision = state.Revision + 1;
        var after = new HashSet<Assignment>(state.Assignments);
        var events = new List<IRosterEvent>(command.Released.Count + command.Assigned.Count + 1);
        foreach (var (a, reason) in command.Released)
        {
            if (!after.Remove(a))
            {
                throw new InvalidOperationException($"Volunteer {a.Volunteer} is not on shift {a.Shift}: nothing to release.");
            }

            events.Add(new VolunteerReleased(revision, a.Volunteer, a.Shift, reason, command.At));
        }

        foreach (var (a, _) in command.Assigned)
        {
            if (!after.Add(a))
            {
                throw new InvalidOperationException($"Volunteer {a.Volunteer} is already on shift {a.Shift}.");
            }
        }

        events.AddRange(state.Revision == 0
            ? command.Assigned.GroupBy(p => p.Reason, StringComparer.Ordinal).SelectMany(g => g.Chunk(BulkSize)).Select(chunk => (IRosterEvent)new VolunteersAssignedInBulk(
                revision, chunk.Select(p => p.Assignment.Volunteer).ToArray(), chunk.Select(p => p.Assignment.Shift).ToArray(), chunk[0].Reason, command.At))
            : command.Assigned.Select(p => new VolunteerAssigned(revision, p.Assignment.Volunteer, p.Assignment.Shift, p.Reason, command.At)));

        events.Add(new RosterPublished(revision, after.Count, command.UnfilledPlaces, command.Score, command.Reason, command.At));
        return events;
    }

    /// <summary>The first publication of a plan: everyone assigned, for the reason given.</summary>
    public static PublishRoster First(RosterPlan plan, long unfilled, long score, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PublishRoster([], plan.Assignments.Select(a => (a, "planned")).ToList(), unfilled, score, "first plan", at);
    }
}
