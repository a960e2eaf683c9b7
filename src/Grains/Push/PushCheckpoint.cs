using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Push;

/// <summary>
/// A partner's durable queue position: the stream "push-{partner}" of <see cref="PushDelivered"/> events. Appends expect
/// the version read, so a second writer for the same partner fails instead of interleaving.
/// </summary>
public sealed class PushCheckpoint(IEventStore store, EventSerializer serializer, string partner)
{
    /// <summary>The partner's stream of delivery records.</summary>
    public string StreamId { get; } = StreamOf(partner);

    /// <summary>The token after which the queue resumes; null before the first delivery.</summary>
    public string? LastToken { get; private set; }

    private long _version;

    /// <summary>The stream of a partner.</summary>
    public static string StreamOf(string partner) => $"push-{partner}";

    /// <summary>Reads the last delivery record.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        LastToken = null;
        _version = 0;
        await foreach (var stored in store.ReadStreamAsync(StreamId, new ReadStreamOptions(ReadDirection.Backward, MaxCount: 1), ct))
        {
            _version = stored.StreamVersion;
            LastToken = serializer.Deserialize(stored.Type, stored.Data) is PushDelivered d ? d.Token : null;
        }
    }

    /// <summary>Records a delivery and moves the checkpoint past it.</summary>
    public async Task RecordAsync(PushDelivered delivered, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var (type, data) = serializer.Serialize(delivered);
        await store.AppendAsync(StreamId, _version, [EventData.Create(type, data)], ct);
        _version++;
        LastToken = delivered.Token;
    }
}
