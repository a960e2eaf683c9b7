using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Rostering.Events;

/// <summary>
/// A roster's stream on the project's event log: load, decide, append with the expected version, like the grains do.
/// A publication of half a million assignments goes in batches, each appended at the version the previous left.
/// </summary>
public sealed class RosterLog(IEventStore store)
{
    private const int Batch = 5_000;
    private static readonly EventSerializer _serializer = new EventSerializer().RegisterAssemblies(typeof(RosterLog).Assembly);

    public static string StreamId(string roster) => $"roster-{roster}";

    public async Task<(Roster State, long Version)> LoadAsync(string roster, CancellationToken ct = default)
    {
        var state = Roster.Empty;
        long version = 0;
        await foreach (var e in store.ReadStreamAsync(StreamId(roster), null, ct))
        {
            state = state.Evolve((IRosterEvent)_serializer.Deserialize(e.Type, e.Data));
            version = e.StreamVersion;
        }

        return (state, version);
    }

    /// <summary>Decides and appends a publication; returns the events written.</summary>
    /// <exception cref="ConcurrencyException">Someone else published meanwhile.</exception>
    public async Task<IReadOnlyList<IRosterEvent>> PublishAsync(string roster, PublishRoster command, string actor, CancellationToken ct = default)
    {
        var (state, version) = await LoadAsync(roster, ct);
        var events = RosterDecider.Decide(command, state);
        var metadata = new EventMetadata(null, null, actor, null);
        foreach (var chunk in events.Chunk(Batch))
        {
            var data = chunk.Select(e =>
            {
                var (type, json) = _serializer.Serialize(e);
                return EventData.Create(type, json, metadata);
            }).ToList();
            var result = await store.AppendAsync(StreamId(roster), version, data, ct);
            version = result.StreamVersion;
        }

        return events;
    }
}
