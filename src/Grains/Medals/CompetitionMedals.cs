using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Medals;

/// <summary>A competition's medals, folded from its events: the table and its version, the medallists per event.</summary>
[EventName("medals.state.v1")]
public sealed record CompetitionMedals(int TableVersion, bool TableWithdrawn, IReadOnlyList<MedalLine> Table, IReadOnlyList<EventMedals> Events)
{
    /// <summary>Before any standings or medallists.</summary>
    public static CompetitionMedals None { get; } = new(0, false, [], []);

    /// <summary>The medallists of an event, or null when none were ever recorded.</summary>
    public EventMedals? Event(string rsc) => Events.FirstOrDefault(e => e.Event == rsc);

    /// <summary>Applies one event. Pure.</summary>
    public static CompetitionMedals Evolve(CompetitionMedals state, IMedalsEvent @event) => @event switch
    {
        MedalTableReplaced e => state with { TableVersion = e.Version, TableWithdrawn = false, Table = e.Lines },
        MedalTableWithdrawn e => state with { TableVersion = e.Version, TableWithdrawn = true, Table = [] },
        MedallistsRecorded e => state.WithEvent(new EventMedals(e.Event, e.Version, false, e.Medallists)),
        MedallistsWithdrawn e => state.WithEvent(new EventMedals(e.Event, e.Version, true, [])),
        _ => throw new InvalidOperationException($"CompetitionMedals cannot apply {@event?.GetType().Name}."),
    };

    private CompetitionMedals WithEvent(EventMedals medals) => this with
    {
        Events = [.. Events.Where(e => e.Event != medals.Event).Append(medals).OrderBy(e => e.Event, StringComparer.Ordinal)],
    };
}

/// <summary>The medallists of one event as of a version of its medallists document; none when withdrawn.</summary>
public sealed record EventMedals(string Event, int Version, bool Withdrawn, IReadOnlyList<Medallist> Medallists);
