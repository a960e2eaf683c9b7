using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations.Gate;

/// <summary>
/// May this card enter this venue (and zone) at this instant? Pure. Validity dates are calendar days at the venue:
/// the date of <c>at</c> in the venue's time zone (in <c>at</c>'s own offset only for a venue the caller cannot place).
/// Venues on the card give access for the whole validity; a time window gives access to its venue only between its
/// instants, to its zones (or the card's zones when it names none).
/// </summary>
public static class GateRules
{
    private static readonly GateDecision _allowed = new(true, GateReason.Allowed, "Entry allowed.");

    /// <summary>The answer for <paramref name="entry"/> (null when unknown) presented as <paramref name="card"/>.</summary>
    public static GateDecision Check(GateEntry? entry, int? card, string venue, int? zone, DateTimeOffset at, TimeZoneInfo? venueZone = null)
    {
        if (entry is null || (card is { } scanned && scanned > entry.Card))
        {
            return Deny(GateReason.Unknown, card is null ? "No accreditation has this number." : "No card has this number.");
        }

        if (card is { } old && old < entry.Card)
        {
            return Deny(GateReason.CardReplaced, $"Card {old} was replaced by card {entry.Card}.");
        }

        switch (entry.Status)
        {
            case AccreditationStatus.Cancelled:
                return Deny(GateReason.Cancelled, "The accreditation is cancelled.");
            case AccreditationStatus.Suspended:
                return Deny(GateReason.Suspended, "The accreditation is suspended.");
            case not (AccreditationStatus.CardIssued or AccreditationStatus.Validated):
                return Deny(GateReason.NotIssued, $"No card has been issued: the accreditation is {entry.Status}.");
        }

        var day = DateOnly.FromDateTime((venueZone is null ? at : TimeZoneInfo.ConvertTime(at, venueZone)).DateTime);
        if (day < entry.ValidFrom)
        {
            return Deny(GateReason.NotYetValid, $"Valid from {entry.ValidFrom:yyyy-MM-dd}.");
        }

        return day > entry.ValidUntil ? Deny(GateReason.Expired, $"Expired after {entry.ValidUntil:yyyy-MM-dd}.") : CheckAccess(entry, venue, zone, at);
    }

    private static GateDecision CheckAccess(GateEntry entry, string venue, int? zone, DateTimeOffset at)
    {
        var onCard = entry.AllVenues || Array.IndexOf(entry.Venues, venue) >= 0;
        if (onCard && (zone is null || entry.ZonesAt(venue).Contains(zone.Value)))
        {
            return _allowed;
        }

        bool anyWindow = false, inWindow = false;
        foreach (var w in entry.Windows)
        {
            if (w.Venue != venue)
            {
                continue;
            }

            anyWindow = true;
            if (w.From <= at && at < w.Until)
            {
                inWindow = true;
                if (zone is null || (w.Zones.Count == 0 ? entry.ZonesAt(venue).Contains(zone.Value) : w.Zones.Contains(zone.Value)))
                {
                    return _allowed;
                }
            }
        }

        return onCard || inWindow ? Deny(GateReason.ZoneNotGranted, $"Zone {zone} is not granted at {venue}.")
            : anyWindow ? Deny(GateReason.OutsideTimeWindow, $"Access to {venue} is granted only in time windows, none of them now.")
            : Deny(GateReason.VenueNotGranted, $"{venue} is not granted.");
    }

    private static GateDecision Deny(GateReason reason, string detail) => new(false, reason, detail);
}
