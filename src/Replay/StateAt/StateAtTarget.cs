using System.Globalization;
using Olympics.Orleans.EventStore;
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

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
