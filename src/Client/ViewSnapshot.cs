namespace Olympics.Orleans.Client;

/// <summary>A view read from one of the silo's snapshot endpoints, as the API key's tier may see it.</summary>
/// <typeparam name="T">The view, e.g. <see cref="Contracts.Results.SessionResultsView"/>.</typeparam>
/// <param name="View">The view.</param>
/// <param name="ETag">The silo's entity tag for it, sent back as If-None-Match on the next read.</param>
/// <param name="FromCache">True when the silo answered 304 Not Modified and the client's cached copy was returned.</param>
public sealed record ViewSnapshot<T>(T View, string ETag, bool FromCache);
