using Olympics.Orleans.Contracts.Feeds;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Maps stored ODF document events to feed messages.</summary>
public static class FeedMessages
{
    /// <summary>The "odf" category: every ODF document stream.</summary>
    public const string Category = "odf";

    /// <summary>The feed message of a stored ODF event; null for any other event.</summary>
    public static FeedMessage? From(StoredEvent stored, object? data)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return data switch
        {
            OdfDocumentReceived e => new FeedMessage(stored.Position.ToToken(), e.Header.DocumentKey, e.Header, e.Xml, false, stored.Timestamp),
            OdfDocumentWithdrawn e => new FeedMessage(stored.Position.ToToken(), e.Header.DocumentKey, e.Header, e.Xml, true, stored.Timestamp),
            _ => null,
        };
    }
}
