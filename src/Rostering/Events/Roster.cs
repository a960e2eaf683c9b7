using System.Collections.Immutable;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Events;

/// <summary>A roster's state: the published revision and who is on which shift.</summary>
public sealed record Roster(int Revision, ImmutableHashSet<Assignment> Assignments)
{
    public static Roster Empty { get; } = new(0, []);

    /// <summary>Folds one event into the state.</summary>
    public Roster Evolve(IRosterEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case VolunteerAssigned a:
                return this with { Assignments = Assignments.Add(new(a.Shift, a.Volunteer)) };
            case VolunteersAssignedInBulk b:
                var all = Assignments.ToBuilder();
                for (var i = 0; i < b.Volunteers.Count; i++)
                {
                    all.Add(new(b.Shifts[i], b.Volunteers[i]));
                }

                return this with { Assignments = all.ToImmutable() };
            case VolunteerReleased r:
                return this with { Assignments = Assignments.Remove(new(r.Shift, r.Volunteer)) };
            case RosterPublished p:
                return this with { Revision = p.Revision };
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Not a roster event.");
        }
    }

    /// <summary>Folds a stream's events.</summary>
    public static Roster From(IEnumerable<IRosterEvent> events) => events.Aggregate(Empty, (state, e) => state.Evolve(e));
}

/// <summary>Publish a plan: the changes from the current revision, each with its reason.</summary>
public sealed record PublishRoster(
    IReadOnlyList<(Assignment Assignment, string Reason)> Released,
    IReadOnlyList<(Assignment Assignment, string Reason)> Assigned,
    long UnfilledPlaces,
    long Score,
    string Reason,
    DateTimeOffset At);
