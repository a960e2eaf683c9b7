namespace Olympics.Orleans.EventStore.Serialization;

/// <summary>A stored event's type name has no registered CLR type.</summary>
public sealed class UnknownEventTypeException(string type)
    : Exception($"No event type is registered under the stored name '{type}'.")
{
    /// <summary>The stored name that is not registered.</summary>
    public string Type { get; } = type;
}
