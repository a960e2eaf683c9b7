using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>Which events an audit shows: by actor (the whole metadata actor, or its name after the kind: "alice" matches "http:alice") and commit time.</summary>
internal sealed record AuditFilter(string? Actor, DateTimeOffset? From, DateTimeOffset? To)
{
    public static AuditFilter All { get; } = new(null, null, null);

    public bool Matches(StoredEvent stored) =>
        (From is not { } from || stored.Timestamp >= from)
        && (To is not { } to || stored.Timestamp <= to)
        && (Actor is not { } actor || ActorMatches(stored.Metadata.Actor, actor));

    private static bool ActorMatches(string? recorded, string wanted) =>
        recorded is not null && (string.Equals(recorded, wanted, StringComparison.OrdinalIgnoreCase)
            || (recorded.Length > wanted.Length && recorded[^(wanted.Length + 1)] == ':' && recorded.EndsWith(wanted, StringComparison.OrdinalIgnoreCase)));
}
