namespace Olympics.Orleans.EventStore;

/// <summary>Special values for the expected version of an append. Any other value is the exact stream version.</summary>
public static class ExpectedVersion
{
    /// <summary>Append whatever the stream's version.</summary>
    public const long Any = -1;

    /// <summary>The stream must not exist yet (version 0).</summary>
    public const long NoStream = 0;
}
