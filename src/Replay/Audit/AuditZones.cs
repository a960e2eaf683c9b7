using System.Text.Json;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>
/// The venue time zone of an event, when one is known: its own timeZone (a session's schedule, a venue's registration,
/// remembered for the rest of that stream), the zone of the venue it names, or its venue stream's zone. Holds one zone per
/// venue and per session or venue stream seen, never per event.
/// </summary>
internal sealed class AuditZones(IEventStore store)
{
    private readonly Dictionary<string, TimeZoneInfo?> _venues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeZoneInfo> _streams = new(StringComparer.Ordinal);

    public async ValueTask<TimeZoneInfo?> OfAsync(StoredEvent stored, JsonElement data, CancellationToken ct)
    {
        if (Text(data, "timeZone") is { } own && Find(own) is { } zone)
        {
            _streams[stored.StreamId] = zone;
            return zone;
        }

        if (Text(data, "venue") is { } venue)
        {
            return await VenueAsync(venue, ct);
        }

        return _streams.TryGetValue(stored.StreamId, out var known) ? known
            : StreamIds.CategoryOf(stored.StreamId) == "venue" ? await VenueAsync(stored.StreamId["venue-".Length..], ct)
            : null;
    }

    private async ValueTask<TimeZoneInfo?> VenueAsync(string code, CancellationToken ct)
    {
        if (!_venues.TryGetValue(code, out var zone))
        {
            // A venue's first event registers it with its zone.
            var first = await store.ReadStreamAsync("venue-" + code, new ReadStreamOptions(MaxCount: 1), ct).FirstOrDefaultAsync(ct);
            using var data = first is null ? null : JsonDocument.Parse(first.Data);
            _venues[code] = zone = data is not null && Text(data.RootElement, "timeZone") is { } id ? Find(id) : null;
        }

        return zone;
    }

    private static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text ? text : null;

    private static TimeZoneInfo? Find(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
