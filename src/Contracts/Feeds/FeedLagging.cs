namespace Olympics.Orleans.Contracts.Feeds;

/// <summary>
/// The last event of a stream that fell more than the silo's maximum lag behind its tier's live edge (SSE event
/// <c>lagging</c>; on a WebSocket, close status 1013 with the token in the reason). Open the stream again after
/// <paramref name="ResumeAfter"/> (as <c>Last-Event-ID</c>) to catch up from the log at your own pace.
/// </summary>
/// <param name="ResumeAfter">The token of the last message the stream sent; null when it sent none.</param>
/// <param name="MaxLagSeconds">The lag the silo allows a live stream, in seconds.</param>
public sealed record FeedLagging(string? ResumeAfter, double MaxLagSeconds);
