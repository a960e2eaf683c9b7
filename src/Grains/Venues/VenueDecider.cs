using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;

namespace Olympics.Orleans.Grains.Venues;

/// <summary>Decides what a venue command means for the venue's state. Pure: no clock, no I/O.</summary>
public static partial class VenueDecider
{
    /// <summary>Registering again with identical details is accepted and changes nothing.</summary>
    public static IReadOnlyList<IVenueEvent> Decide(string code, RegisterVenue command, Venue state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        VenueRules.ValidateCode(code);
        VenueRules.ValidateName(command.Name);
        VenueRules.ValidateTimeZone(command.TimeZone);
        VenueRules.ValidateCapacity(command.Capacity);
        if (!state.IsRegistered)
        {
            return [new VenueRegistered(code, command.Name.Trim(), command.TimeZone, command.Capacity, command.At)];
        }

        return state.Name == command.Name.Trim() && state.TimeZone == command.TimeZone && state.Capacity == command.Capacity
            ? []
            : throw new CommandRejectedException($"Venue {code} is already registered with other details.");
    }

    /// <summary>Any registered venue may move between statuses; moving to the status it has changes nothing.</summary>
    public static IReadOnlyList<IVenueEvent> Decide(ChangeVenueStatus command, Venue state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (!Enum.IsDefined(command.Status))
        {
            throw new InvalidCommandException("status", $"'{command.Status}' is not a venue status.");
        }

        VenueRules.ValidateReason(command.Reason);
        if (!state.IsRegistered)
        {
            throw new CommandRejectedException("The venue is not registered.");
        }

        return state.Status == command.Status ? [] : [new VenueStatusChanged(state.Status, command.Status, command.Reason.Trim(), command.At)];
    }
}
