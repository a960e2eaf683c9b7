namespace Olympics.Orleans.EventStore;

/// <summary>
/// The event store could not be reached, or dropped the connection (PostgreSQL restarting or unreachable): nothing was
/// decided, and the same request may be sent again once it is back.
/// </summary>
public sealed class EventStoreUnavailableException : Exception
{
    /// <summary>Creates the exception with the store's own message.</summary>
    public EventStoreUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
