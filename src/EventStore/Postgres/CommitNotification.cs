namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// The commit notification's payload: the sending store's instance id (32 hex digits), ':', then the categories written,
/// joined with '-' (which no category holds: it is the stream id up to the first '-'). No category after the ':' means
/// "any category". A store ignores its own notifications: it has already woken its subscriptions when it committed.
/// </summary>
internal static class CommitNotification
{
    private const int InstanceLength = 32;

    public static string NewInstance() => Guid.NewGuid().ToString("N");

    public static string Format(string instance, IReadOnlyCollection<string> categories, int maxLength)
    {
        var payload = $"{instance}:{string.Join('-', categories)}";
        return System.Text.Encoding.UTF8.GetByteCount(payload) <= maxLength ? payload : $"{instance}:";
    }

    /// <summary>
    /// Reads a payload: who sent it (null when it has no instance id, as from an older writer) and the categories
    /// (empty for any category).
    /// </summary>
    public static (string? Instance, string[] Categories) Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var hasInstance = payload.Length > InstanceLength && payload[InstanceLength] == ':'
            && Guid.TryParseExact(payload.AsSpan(0, InstanceLength), "N", out _);
        var categories = hasInstance ? payload[(InstanceLength + 1)..] : payload;
        return (hasInstance ? payload[..InstanceLength] : null, categories.Length == 0 ? [] : categories.Split('-'));
    }
}
