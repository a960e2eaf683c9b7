using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Client;

/// <summary>The latest version of an ODF document the key's tier may see.</summary>
/// <param name="Message">The document's latest message, its XML included.</param>
/// <param name="ETag">The silo's entity tag for this version, sent back as If-None-Match.</param>
/// <param name="FromCache">True when the silo answered 304 Not Modified and the client's cached copy was returned.</param>
public sealed record DocumentSnapshot(FeedMessageView Message, string ETag, bool FromCache)
{
    /// <summary>The document's ODF Version.</summary>
    public int Version => Message.Version;

    /// <summary>The document's XML as received by the silo.</summary>
    public string Xml => Message.Xml;
}
