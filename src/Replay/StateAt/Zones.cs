using Olympics.Orleans.EventStore;
using Olympics.Orleans.Contracts.Venues;
using Olympics.Orleans.GrainInterfaces.Venues;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>The --zone option: an IANA zone (Europe/Paris, Pacific/Tahiti) or a venue's, read from its stream (venue:STA).</summary>
internal static class Zones
{
    public const string Help = "Time zone of a local --at/--from/--to time: an IANA id (Europe/Paris) or venue:CODE for the venue's own zone (venue:STA).";

    /// <exception cref="ReplayUsageException">An unknown zone id.</exception>
    /// <exception cref="ReplayNotFoundException">venue:CODE names no venue in the store (close matches are suggested).</exception>
    public static async Task<TimeZoneInfo?> ResolveAsync(string? zone, ReplayStore replay, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            return null;
        }

        if (zone.StartsWith("venue:", StringComparison.OrdinalIgnoreCase))
        {
            var streamId = "venue-" + zone["venue:".Length..].Trim().ToUpperInvariant();
            var version = await replay.Events.GetStreamVersionAsync(streamId, ct);
            if (version == 0)
            {
                throw await StreamSuggestions.NotFoundAsync(replay.Events, streamId, ct);
            }

            var folded = await StateAtAggregates.For(streamId).FoldAsync(replay.Events, replay.Serializer, streamId, version, ct);
            return folded.View is VenueView venue
                ? Find(venue.TimeZone)
                : throw new ReplayNotFoundException($"Venue stream '{streamId}' holds no registered venue, so no time zone.");
        }

        return Find(zone.Trim());
    }

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ReplayUsageException("zone", $"'{id}' is not a time zone; use an IANA id such as Europe/Paris or Pacific/Tahiti, or venue:CODE.");
        }
        catch (InvalidTimeZoneException e)
        {
            throw new ReplayUsageException("zone", $"'{id}' cannot be read: {e.Message}");
        }
    }
}
