namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>
/// A part of the results feed, addressed as Orleans addresses a stream, by namespace and key: <c>feed</c> (every
/// message), <c>session/ATH01</c> (the documents of one session) or <c>discipline/ATH</c> (one discipline). What a
/// consumer reads is the stream intersected with its own filter.
/// </summary>
public sealed record FeedStreamId
{
    /// <summary>The namespace of the whole feed (it has no key).</summary>
    public const string FeedNamespace = "feed";

    /// <summary>The namespace of session streams; the key is a session code such as ATH01.</summary>
    public const string SessionNamespace = "session";

    /// <summary>The namespace of discipline streams; the key is a discipline code such as ATH.</summary>
    public const string DisciplineNamespace = "discipline";

    private FeedStreamId(string @namespace, string key) => (Namespace, Key) = (@namespace, key);

    /// <summary>The whole feed.</summary>
    public static FeedStreamId Feed { get; } = new(FeedNamespace, "");

    /// <summary>The namespace: feed, session or discipline.</summary>
    public string Namespace { get; }

    /// <summary>The key within the namespace: a session or discipline code; empty for the whole feed.</summary>
    public string Key { get; }

    /// <summary>The stream of one session.</summary>
    /// <exception cref="FormatException"><paramref name="code"/> is not a session code such as ATH01.</exception>
    public static FeedStreamId Session(string code) => Parse($"{SessionNamespace}/{code}");

    /// <summary>The stream of one discipline.</summary>
    /// <exception cref="FormatException"><paramref name="code"/> is not a discipline code such as ATH.</exception>
    public static FeedStreamId Discipline(string code) => Parse($"{DisciplineNamespace}/{code}");

    /// <summary>Parses <c>feed</c>, <c>session/ATH01</c> or <c>discipline/ATH</c>.</summary>
    /// <exception cref="FormatException">The text is not a stream address; the message says why.</exception>
    public static FeedStreamId Parse(string text) => TryParse(text, out var stream, out var reason) ? stream : throw new FormatException(reason);

    /// <summary>Parses <c>feed</c>, <c>session/ATH01</c> or <c>discipline/ATH</c>; <paramref name="reason"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string? text, out FeedStreamId stream, out string reason)
    {
        stream = Feed;
        reason = "";
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        var (@namespace, key) = slash < 0 ? (text ?? "", "") : (text![..slash], text[(slash + 1)..]);
        switch (@namespace)
        {
            case FeedNamespace when slash < 0:
                return true;
            case SessionNamespace when key.Length == 5 && IsDiscipline(key.AsSpan(0, 3)) && char.IsAsciiDigit(key[3]) && char.IsAsciiDigit(key[4]):
            case DisciplineNamespace when key.Length == 3 && IsDiscipline(key):
                stream = new FeedStreamId(@namespace, key);
                return true;
            case SessionNamespace:
                reason = $"'{text}' is not a session stream: session/ and a session code such as ATH01.";
                return false;
            case DisciplineNamespace:
                reason = $"'{text}' is not a discipline stream: discipline/ and a 3-letter discipline code such as ATH.";
                return false;
            default:
                reason = $"'{text}' is not a stream: feed, session/<code> (e.g. session/ATH01) or discipline/<code> (e.g. discipline/ATH).";
                return false;
        }
    }

    /// <summary>Whether a document with this DocumentCode, belonging to <paramref name="sessions"/>, is in the stream.</summary>
    public bool Includes(string documentCode, IReadOnlyList<string> sessions)
    {
        ArgumentNullException.ThrowIfNull(documentCode);
        ArgumentNullException.ThrowIfNull(sessions);
        switch (Namespace)
        {
            case SessionNamespace:
                for (var i = 0; i < sessions.Count; i++)
                {
                    if (sessions[i] == Key)
                    {
                        return true;
                    }
                }

                return false;
            case DisciplineNamespace:
                return documentCode.StartsWith(Key, StringComparison.Ordinal);
            default:
                return true;
        }
    }

    /// <summary>The address: <c>feed</c>, or namespace/key.</summary>
    public override string ToString() => Key.Length == 0 ? Namespace : $"{Namespace}/{Key}";

    private static bool IsDiscipline(ReadOnlySpan<char> code) => code.Length == 3 && char.IsAsciiLetterUpper(code[0])
        && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);
}
