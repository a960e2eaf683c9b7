namespace Olympics.Orleans.EventStore.Postgres;

/// <summary>
/// The commit notification's payload: the categories written, joined with '-' (which no category holds: it is the
/// stream id up to the first '-'), then "-:" and the sending store's instance id (32 hex digits). An empty payload means
/// "any category". A store ignores its own notifications: it has already woken its subscriptions when it committed.
/// Stores of the previous version split the payload on '-' and find their categories in it (the last token, ":" and the
/// id, matches none), and read an empty payload as "any category" too.
/// </summary>
internal static class CommitNotification
{
    private const int InstanceLength = 32;
    private const string Separator = "-:";

    public static string NewInstance() => Guid.NewGuid().ToString("N");

    public static string Format(string instance, IReadOnlyCollection<string> categories, int maxLength)
    {
        var payload = $"{string.Join('-', categories)}{Separator}{instance}";
        return categories.Count > 0 && System.Text.Encoding.UTF8.GetByteCount(payload) <= maxLength ? payload : "";
    }

    /// <summary>
    /// Reads a payload: who sent it (null when it names no sender, as from an older writer or when it is empty) and the
    /// categories (empty for any category).
    /// </summary>
    public static (string? Instance, string[] Categories) Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var at = payload.Length - InstanceLength - Separator.Length;
        var hasInstance = at > 0 && payload.AsSpan(at, Separator.Length).SequenceEqual(Separator)
            && Guid.TryParseExact(payload.AsSpan(at + Separator.Length), "N", out _);
        var categories = hasInstance ? payload[..at] : payload;
        return (hasInstance ? payload[(at + Separator.Length)..] : null, categories.Length == 0 ? [] : categories.Split('-'));
    }
}
