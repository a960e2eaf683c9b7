using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Client;

/// <summary>Results: the live feed as an async stream, and document snapshots cached by ETag.</summary>
public sealed partial class OlympicsClient
{
    /// <summary>
    /// The results feed the API key's tier and filter may see, in order, then live until cancelled. Starts after
    /// <paramref name="afterToken"/> (a <see cref="ResultMessage.Token"/> from an earlier run), or from the first
    /// message stored: without a token the whole history comes first. To start at the live edge instead, pass
    /// <see cref="FeedStart.Now"/> to <see cref="SubscribeResultsAsync(FeedStreamId, FeedStart, CancellationToken)"/>. A dropped connection or a silo restart is resumed by itself, with backoff, after the last
    /// token yielded: no gap, no duplicate.
    /// </summary>
    /// <exception cref="OlympicsApiException">The silo refused the key (401) or the token (400); never retried.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ResultMessage> SubscribeResultsAsync(string? afterToken = null, CancellationToken cancellationToken = default) =>
        _results.ReadAsync(FeedStreamId.Feed, new FeedStart(afterToken), cancellationToken);

    /// <summary>
    /// One stream of the results feed, such as one session's documents (<see cref="FeedStreamId.Session"/>) or one
    /// discipline's (<see cref="FeedStreamId.Discipline"/>), intersected with what the API key may see; otherwise as
    /// <see cref="SubscribeResultsAsync(string?, CancellationToken)"/>: in order, then live, resumed by itself after a drop.
    /// </summary>
    /// <param name="stream">The stream to follow; <see cref="FeedStreamId.Feed"/> for everything.</param>
    /// <param name="afterToken">Start after this <see cref="ResultMessage.Token"/>; null for the first message stored (the whole history; <see cref="FeedStart.Now"/> for the live edge).</param>
    /// <param name="cancellationToken">Ends the subscription.</param>
    /// <exception cref="OlympicsApiException">
    /// The silo refused the key (401), the stream (403: outside the key's disciplines or sessions) or the token (400); never retried.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ResultMessage> SubscribeResultsAsync(FeedStreamId stream, string? afterToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return _results.ReadAsync(stream, new FeedStart(afterToken), cancellationToken);
    }

    /// <summary>
    /// One stream of the results feed from where <paramref name="start"/> says: <see cref="FeedStart.Now"/> (the live
    /// edge: nothing the key's tier could already see), <see cref="FeedStart.AtDay"/> (an ODF logical day and after),
    /// <see cref="FeedStart.After"/> (a token from an earlier run) or <see cref="FeedStart.Beginning"/>. Otherwise as
    /// <see cref="SubscribeResultsAsync(FeedStreamId, string?, CancellationToken)"/>; a drop, even before the first
    /// message of a live start, is resumed where the stream stood, with no gap and no duplicate.
    /// </summary>
    /// <param name="stream">The stream to follow; <see cref="FeedStreamId.Feed"/> for everything.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="cancellationToken">Ends the subscription.</param>
    /// <exception cref="OlympicsApiException">The silo refused the key (401), the stream (403) or the start (400); never retried.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ResultMessage> SubscribeResultsAsync(FeedStreamId stream, FeedStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(start);
        return _results.ReadAsync(stream, start, cancellationToken);
    }

    /// <summary>
    /// The latest version of an ODF document the key's tier may see now; null when it has none yet. The client keeps
    /// the last answer per document and revalidates it with If-None-Match, so an unchanged document costs a 304.
    /// </summary>
    /// <param name="documentKey">The document key: competition|code|subcode|type|subtype|language.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<DocumentSnapshot?> GetDocumentAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        var cached = _snapshots.Get(documentKey);
        var path = $"feeds/documents/{QueryString.Segment(documentKey)}";
        using var response = await _sender.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (cached is not null)
            {
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(cached.ETag));
            }

            return request;
        }, cancellationToken);

        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified when cached is not null:
                return cached with { FromCache = true };
            case HttpStatusCode.NotFound:
                _snapshots.Remove(documentKey);
                return null;
            case HttpStatusCode.OK:
                var message = await response.Content.ReadFromJsonAsync<FeedMessageView>(_json, cancellationToken)
                    ?? throw new JsonException($"The silo answered GET {path} with an empty body.");
                var snapshot = new DocumentSnapshot(message, response.Headers.ETag?.ToString() ?? "", FromCache: false);
                if (response.Headers.ETag is not null)
                {
                    _snapshots.Put(documentKey, snapshot);
                }

                return snapshot;
            default:
                throw await ProblemReader.ReadAsync(response, cancellationToken);
        }
    }
}
