namespace Olympics.Orleans.EventStore;

/// <summary>An append expected the stream at one version and found it at another.</summary>
public sealed class ConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyException(string streamId, long expectedVersion, long actualVersion)
        : base(expectedVersion == Olympics.Orleans.EventStore.ExpectedVersion.NoStream
            ? (actualVersion < 0 ? $"Stream '{streamId}' already exists." : $"Stream '{streamId}' already exists (version {actualVersion}).")
            : $"Stream '{streamId}' is at version {actualVersion}, expected {expectedVersion}.")
    {
        StreamId = streamId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream written to.</summary>
    public string StreamId { get; }

    /// <summary>The version the writer expected.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version found (-1 when unknown, e.g. a conflict inside a bulk append).</summary>
    public long ActualVersion { get; }
}
