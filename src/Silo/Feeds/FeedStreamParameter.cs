using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Silo.Feeds;

/// <summary>The <c>stream</c> query parameter of the feed endpoints: feed (the default), session/&lt;code&gt; or discipline/&lt;code&gt;.</summary>
internal static class FeedStreamParameter
{
    public const string Name = "stream";

    /// <summary>The stream asked for; 400 naming <c>stream</c> when malformed.</summary>
    public static FeedStreamId Parse(string? value) => value is null
        ? FeedStreamId.Feed
        : FeedStreamId.TryParse(value, out var stream, out var reason) ? stream : throw new InvalidCommandException(Name, reason);

    /// <summary>403 naming <c>stream</c> when the stream lies wholly outside the consumer's filter; null when it may read it.</summary>
    public static IResult? Refusal(FeedConsumer consumer, FeedStreamId stream)
    {
        if (consumer.MayRead(stream))
        {
            return null;
        }

        var detail = $"Consumer '{consumer.Name}' does not follow {stream}: it is outside the consumer's disciplines or sessions.";
        return TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Name] = [detail] } });
    }
}
