using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Grains.Venues;

// Zones: numbered, named; accreditations grant them by number.
public static partial class VenueDecider
{
    /// <summary>Defines a zone or renames it; the same name again changes nothing.</summary>
    public static IReadOnlyList<IVenueEvent> Decide(DefineZone command, Venue state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        VenueRules.ValidateZoneNumber(command.Number);
        VenueRules.ValidateName(command.Name);
        var name = command.Name.Trim();
        return Registered(state).Zones.Any(z => z.Number == command.Number && z.Name == name)
            ? []
            : [new VenueZoneDefined(command.Number, name, command.At)];
    }

    /// <summary>Removes a zone; a zone that does not exist changes nothing.</summary>
    public static IReadOnlyList<IVenueEvent> Decide(RemoveZone command, Venue state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        VenueRules.ValidateZoneNumber(command.Number);
        return Registered(state).Zones.Any(z => z.Number == command.Number) ? [new VenueZoneRemoved(command.Number, command.At)] : [];
    }

    private static Venue Registered(Venue state) =>
        state.IsRegistered ? state : throw new CommandRejectedException("The venue is not registered.");
}
