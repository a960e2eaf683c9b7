using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Disciplines;

/// <summary>A discipline's results system, folded from its events: its last keep-alive.</summary>
[EventName("discipline.state.v1")]
public sealed record Discipline(string Code, DateTimeOffset? LastKeepAlive, string? Source)
{
    /// <summary>Before any keep-alive.</summary>
    public static Discipline None { get; } = new("", null, null);

    /// <summary>Applies one event. Pure.</summary>
    public static Discipline Evolve(Discipline state, IDisciplineEvent @event) => @event switch
    {
        DisciplineKeepAliveRecorded e => new Discipline(e.Code, e.At, e.Source),
        _ => throw new InvalidOperationException($"Discipline cannot apply {@event?.GetType().Name}."),
    };
}
