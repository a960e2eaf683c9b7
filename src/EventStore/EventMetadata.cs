namespace Olympics.Orleans.EventStore;

/// <summary>Who and what caused an event: correlation and causation ids, the acting user or system, and the W3C trace id.</summary>
public sealed record EventMetadata(string? CorrelationId, string? CausationId, string? Actor, string? TraceId)
{
    /// <summary>No metadata.</summary>
    public static EventMetadata Empty { get; } = new(null, null, null, null);
}
