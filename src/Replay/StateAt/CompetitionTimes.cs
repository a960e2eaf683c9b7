using System.Text.Json;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>
/// When an event happened in competition time. A session event applied from an ODF message carries the time the silo
/// received it, so its competition time is the venue's clock in that message's header (Date and Time, venue local),
/// found by document and version (<c>odfVersion</c>); any other event's is the time it carries itself (<c>at</c>).
/// </summary>
internal sealed class CompetitionTimes(Dictionary<(string Code, string Type, int Version), DateTimeOffset> odf)
{
    private static readonly CompetitionTimes _own = new([]);

    /// <summary>The competition time of <paramref name="stored"/>, or null when it carries none.</summary>
    public DateTimeOffset? Of(StoredEvent stored)
    {
        if (odf.Count > 0 && SourceOf(stored) is { } source && odf.TryGetValue(source, out var venueClock))
        {
            return venueClock;
        }

        return EventTimes.Of(stored.Data);
    }

    /// <summary>The competition times of a stream's events: for a session, with the headers of its units' and its own ODF documents.</summary>
    public static async Task<CompetitionTimes> ForAsync(IEventStore store, EventSerializer serializer, string streamId, long version, CancellationToken ct)
    {
        if (!streamId.StartsWith("session-", StringComparison.Ordinal)
            || (await StateAtAggregates.For(streamId).FoldAsync(store, serializer, streamId, version, ct)).View is not SessionView session)
        {
            return _own;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(session.TimeZone);
        var units = session.Units.Select(u => u.Rsc).ToHashSet(StringComparer.Ordinal);
        var phases = session.Units.Select(u => u.Rsc[..26]).ToHashSet(StringComparer.Ordinal);
        var times = new Dictionary<(string, string, int), DateTimeOffset>();
        await foreach (var id in store.ListStreamIdsAsync("odf-", ct))
        {
            var parts = id["odf-".Length..].Split('|');
            var key = parts.Length != 6 ? null
                : parts[3] is "DT_RESULT" && units.Contains(parts[1]) ? parts[1]
                : parts[3] is "DT_PHASE_RESULT" && parts[1].Length >= 26 && phases.Contains(parts[1][..26]) ? parts[1]
                : parts[3] is "DT_SCHEDULE_UPDATE" && parts[2] == session.Code ? session.Code
                : null;
            if (key is null)
            {
                continue;
            }

            await foreach (var stored in store.ReadStreamAsync(id, new ReadStreamOptions(), ct))
            {
                if (serializer.Deserialize(stored.Type, stored.Data) is OdfDocumentReceived { Header: var header })
                {
                    var local = header.Date.ToDateTime(header.Time);
                    times[(key, parts[3], header.Version)] = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
                }
            }
        }

        return new CompetitionTimes(times);
    }

    // The ODF document and version a session event came from: its unit's DT_RESULT, its phase's DT_PHASE_RESULT, or the
    // session's own DT_SCHEDULE_UPDATE; null for an event that came from no ODF message.
    private static (string, string, int)? SourceOf(StoredEvent stored)
    {
        using var json = JsonDocument.Parse(stored.Data);
        var root = json.RootElement;
        if (!root.TryGetProperty("odfVersion", out var version) || version.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        var code = stored.StreamId["session-".Length..];
        return stored.Type switch
        {
            "session.unit-result-recorded.v1" or "session.start-list-set.v1" => (root.GetProperty("unit").GetString()!, "DT_RESULT", version.GetInt32()),
            "session.phase-status-recorded.v1" => (root.GetProperty("phase").GetString()!, "DT_PHASE_RESULT", version.GetInt32()),
            "session.status-changed.v1" or "session.rescheduled.v1" or "session.unit-status-changed.v1" => (code, "DT_SCHEDULE_UPDATE", version.GetInt32()),
            _ => null,
        };
    }
}
