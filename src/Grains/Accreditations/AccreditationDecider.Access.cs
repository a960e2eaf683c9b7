using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Accreditations;

// Privileges, time windows, suspension and cancellation.
public static partial class AccreditationDecider
{
    private static readonly AccreditationStatus[] _approved =
        [AccreditationStatus.Approved, AccreditationStatus.CardIssued, AccreditationStatus.Validated, AccreditationStatus.Suspended];

    private static readonly AccreditationStatus[] _inUse = [AccreditationStatus.Approved, AccreditationStatus.CardIssued, AccreditationStatus.Validated];

    /// <summary>Privileges of an approved accreditation (suspended included) can change; the same privileges change nothing.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(ChangePrivileges command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var privileges = PrivilegeRules.Normalise(command.Privileges);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, _approved, "change privileges");
        return state.Privileges.SameAs(privileges) ? [] : [new PrivilegesChanged(privileges, reason, command.At)];
    }

    /// <summary>A time window is added to an approved accreditation; granting an existing window changes nothing.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(GrantVenueAccess command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var window = new TimeWindow(Codes.Venue(command.Venue), PrivilegeRules.Zones(command.Zones), command.From.ToUniversalTime(), command.Until.ToUniversalTime());
        if (window.Until <= window.From)
        {
            throw AccreditationRules.Invalid("until", "The window must end after it starts.");
        }

        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, _approved, "grant venue access");
        return state.Windows.Any(w => w.SameAs(window))
            ? []
            : [new VenueAccessGranted(window.Venue, window.Zones, window.From, window.Until, reason, command.At)];
    }

    /// <summary>A venue's windows end at the effective instant; nothing changes when none reaches past it.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(EndVenueAccess command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var venue = Codes.Venue(command.Venue);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, _approved, "end venue access");
        var effectiveAt = command.EffectiveAt.ToUniversalTime();
        var windowFrom = command.WindowFrom?.ToUniversalTime();
        return TimeWindows.WouldEnd(state.Windows, venue, effectiveAt, windowFrom)
            ? [new VenueAccessEnded(venue, effectiveAt, reason, command.At, windowFrom)]
            : [];
    }

    /// <summary>An approved accreditation that is not already suspended can be suspended.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(SuspendAccreditation command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, _inUse, "suspend");
        return [new AccreditationSuspended(reason, command.At)];
    }

    /// <summary>A suspended accreditation returns to the status it had before.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(ReinstateAccreditation command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, AccreditationStatus.Suspended, "reinstate");
        return [new AccreditationReinstated(state.SuspendedFrom ?? AccreditationStatus.Approved, reason, command.At)];
    }

    /// <summary>Anything but a refused or cancelled accreditation can be cancelled; cancellation is final.</summary>
    public static IReadOnlyList<IAccreditationEvent> Decide(CancelAccreditation command, Accreditation state)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reason = AccreditationRules.Reason(command.Reason);
        RequireStatus(state, [AccreditationStatus.Applied, AccreditationStatus.VettingCleared, .. _approved], "cancel");
        return [new AccreditationCancelled(reason, command.At)];
    }
}
