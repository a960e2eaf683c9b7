using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Athletes;

// Standing in an event. The qualification process repeats these after a restart, so each one is idempotent.
public static partial class AthleteDecider
{
    /// <summary>Qualifies the athlete for a phase; a phase already qualified for changes nothing.</summary>
    public static IReadOnlyList<IAthleteEvent> Decide(MarkQualified command, Athlete state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @event = AthleteRules.Event(command.Event);
        var phase = AthleteRules.Phase(command.Phase, @event);
        return Entered(state, @event).QualifiedFor.Contains(phase.Code, StringComparer.Ordinal)
            ? []
            : [new AthleteQualified(@event.Code, phase.Code, command.At)];
    }

    /// <summary>Eliminates the athlete; an eliminated athlete stays eliminated.</summary>
    public static IReadOnlyList<IAthleteEvent> Decide(MarkEliminated command, Athlete state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @event = AthleteRules.Event(command.Event);
        return Entered(state, @event).Status == EntryStatus.Eliminated ? [] : [new AthleteEliminated(@event.Code, command.At)];
    }

    /// <summary>Records an IRM of the event's discipline; the same mark again changes nothing, another replaces it.</summary>
    public static IReadOnlyList<IAthleteEvent> Decide(RecordIrm command, Athlete state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @event = AthleteRules.Event(command.Event);
        var irm = Irm.Validate(@event.Discipline, command.Irm);
        return Entered(state, @event).Irm == irm ? [] : [new AthleteIrmRecorded(@event.Code, irm, command.At)];
    }

    /// <summary>Awards a medal; the same medal again changes nothing, a different one in the same event is refused.</summary>
    public static IReadOnlyList<IAthleteEvent> Decide(AwardMedal command, Athlete state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var @event = AthleteRules.Event(command.Event);
        if (!Enum.IsDefined(command.Medal))
        {
            throw new InvalidCommandException("medal", $"'{command.Medal}' is not a medal.");
        }

        return Entered(state, @event).Medal switch
        {
            null => [new MedalAwarded(@event.Code, command.Medal, command.At)],
            var medal when medal == command.Medal => [],
            var medal => throw new CommandRejectedException($"Athlete {state.Id} already holds {medal} in event {@event.Code}."),
        };
    }
}
