using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Client;

/// <summary>One ODF message from the results feed, with the token to resume after it.</summary>
/// <param name="Token">The resume token (the SSE event id): pass it as afterToken to continue after this message.</param>
/// <param name="Message">The message: document key, version, type, result status, stored time and XML.</param>
public sealed record ResultMessage(string Token, FeedMessageView Message);
