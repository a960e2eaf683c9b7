using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.ReadModels.Projections;

/// <summary>How a projection receives a stored event: deserialized by its stored name, or null when the name is not registered.</summary>
public static class ProjectionEvents
{
    /// <summary>The event's record, or null for a stored name no registered type carries.</summary>
    public static object? TryDeserialize(EventSerializer serializer, StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            return serializer.Deserialize(stored.Type, stored.Data);
        }
        catch (UnknownEventTypeException)
        {
            return null;
        }
    }
}
