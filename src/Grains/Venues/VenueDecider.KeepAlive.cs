using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Grains.Venues;

// Keep-alives: the venue's results system says it is alive every few seconds.
public static partial class VenueDecider
{
    /// <summary>Records a keep-alive later than the last one; a repeated or older one (a replay, a late delivery) changes nothing.</summary>
    public static IReadOnlyList<IVenueEvent> Decide(RecordKeepAlive command, Venue state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        VenueRules.ValidateSource(command.Source);
        return Registered(state).LastKeepAlive >= command.At ? [] : [new VenueKeepAliveRecorded(command.Source, command.At.ToUniversalTime())];
    }
}
