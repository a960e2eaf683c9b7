using System.Globalization;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>The event a state-at question ends at: the given version, the last one committed at or before a time, or the latest.</summary>
internal static class StateAtTarget
{
    /// <exception cref="ReplayNotFoundException">No such stream (with close matches), a version above it, or a time before it.</exception>
    public static async Task<(StoredEvent Event, long StreamVersion)> FindAsync(IEventStore store, string streamId, long? version, DateTimeOffset? asOf, CancellationToken ct)
    {
        var current = await store.GetStreamVersionAsync(streamId, ct);
        if (current == 0)
        {
            throw await StreamSuggestions.NotFoundAsync(store, streamId, ct);
        }

        if (version > current)
        {
            throw new ReplayNotFoundException($"'{streamId}' is at version {current}; --version {version} is above it.");
        }

        var options = asOf is { } time
            ? new ReadStreamOptions(ReadDirection.Backward, AsOf: time, MaxCount: 1)
            : new ReadStreamOptions(ReadDirection.Backward, ToVersion: version ?? current, MaxCount: 1);
        if (await store.ReadStreamAsync(streamId, options, ct).FirstOrDefaultAsync(ct) is { } found)
        {
            return (found, current);
        }

        var first = await store.ReadStreamAsync(streamId, new ReadStreamOptions(MaxCount: 1), ct).FirstAsync(ct);
        throw new ReplayNotFoundException(
            $"'{streamId}' did not exist yet at {Utc(asOf!.Value)}: its first event (version 1, {first.Type}) was committed at {Utc(first.Timestamp)}.");
    }

    /// <summary>The last event whose competition time (<see cref="CompetitionTimes"/>) is at or before <paramref name="time"/>.</summary>
    /// <exception cref="ReplayNotFoundException">No such stream (with close matches), or no event of it carries a time that early.</exception>
    public static async Task<(StoredEvent Event, long StreamVersion)> FindByCompetitionTimeAsync(
        IEventStore store, EventSerializer serializer, string streamId, DateTimeOffset time, CancellationToken ct)
    {
        var current = await store.GetStreamVersionAsync(streamId, ct);
        if (current == 0)
        {
            throw await StreamSuggestions.NotFoundAsync(store, streamId, ct);
        }

        var times = await CompetitionTimes.ForAsync(store, serializer, streamId, current, ct);
        // Every event is read: a late correction may carry an earlier time than the event before it.
        StoredEvent? found = null;
        DateTimeOffset? earliest = null;
        await foreach (var stored in store.ReadStreamAsync(streamId, new ReadStreamOptions(), ct))
        {
            if (times.Of(stored) is { } at)
            {
                earliest = earliest is { } e && e < at ? e : at;
                found = at <= time ? stored : found;
            }
        }

        return found is not null ? (found, current)
            : throw new ReplayNotFoundException(earliest is { } first
                ? $"'{streamId}' has no event at or before competition time {Utc(time)}: its earliest carries {Utc(first)}."
                : $"'{streamId}' has no event that carries its own time; use --version or --at (recorded time).");
    }

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
