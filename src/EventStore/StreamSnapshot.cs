namespace Olympics.Orleans.EventStore;

/// <summary>A stream's state at <paramref name="Version"/>, serialized as JSON under a stable type name.</summary>
public sealed record StreamSnapshot(string StreamId, long Version, string Type, string Data);
