namespace Olympics.Orleans;

/// <summary>
/// A malformed command: one field breaks a rule whatever the grain's state. The HTTP edge answers 400 with an
/// RFC 7807 body naming <see cref="Field"/> and the reason.
/// </summary>
public sealed class InvalidCommandException(string field, string reason) : ArgumentException(reason, field)
{
    /// <summary>The offending field, as the caller named it (camelCase at the HTTP edge).</summary>
    public string Field { get; } = field;

    /// <summary>Why the value is refused.</summary>
    public string Reason { get; } = reason;
}
