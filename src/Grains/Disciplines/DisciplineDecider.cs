using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Grains.Venues;

namespace Olympics.Orleans.Grains.Disciplines;

/// <summary>Decides what a discipline command means for its state. Pure: no clock, no I/O.</summary>
public static class DisciplineDecider
{
    /// <summary>
    /// Records a keep-alive later than the last one, as the venue does; a repeated or older one (a replay, a late delivery)
    /// changes nothing. No registration first: a results system may speak for any discipline.
    /// </summary>
    public static IReadOnlyList<IDisciplineEvent> Decide(string code, RecordKeepAlive command, Discipline state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        Codes.Discipline(code, "code");
        VenueRules.ValidateSource(command.Source);
        return state.LastKeepAlive >= command.At ? [] : [new DisciplineKeepAliveRecorded(code, command.Source, command.At.ToUniversalTime())];
    }
}
