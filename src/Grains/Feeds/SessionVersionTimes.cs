using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// When each recent version of every session stream was stored, kept from the "session" category. A session's first
/// version, the one shown while all its versions are embargoed, is its scheduling, which carries no results.
/// </summary>
public sealed class SessionVersionTimes(FeedEmbargo embargo) : StreamVersionTimes<ISessionEvent>(StreamCategory, embargo)
{
    private const string StreamCategory = "session";

    /// <summary>The stream of a session.</summary>
    public static string StreamOf(string code) => $"{StreamCategory}-{code}";
}
