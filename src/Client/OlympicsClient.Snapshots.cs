using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Olympics.Orleans.Contracts.Results;

namespace Olympics.Orleans.Client;

/// <summary>Typed results snapshots (a session's results, the medal table), embargoed by the key's tier and cached by ETag.</summary>
public sealed partial class OlympicsClient
{
    private readonly ViewCache<SessionResultsView> _sessionResults = new();
    private readonly ViewCache<MedalTableView> _medalTable = new();

    /// <summary>
    /// A session's units the API key follows, each with the latest DT_RESULT its tier may see now, parsed: result status,
    /// version, and per competitor rank, mark, IRM and NOC. Null when no session has that code or the key follows none of
    /// its units. The client keeps the last answer and revalidates it with If-None-Match, so an unchanged session costs a 304.
    /// </summary>
    /// <param name="code">The session code, e.g. ATH01.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="OlympicsApiException">The silo refused the key (401) or answered another error.</exception>
    public Task<ViewSnapshot<SessionResultsView>?> GetSessionResultsAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return GetViewAsync(_sessionResults, $"feeds/sessions/{QueryString.Segment(code)}/results", cancellationToken);
    }

    /// <summary>
    /// The medal table the API key's tier may see now (the same for every key), with the medallists of the events the key
    /// follows; null while no version of the table is visible yet. Cached and revalidated like <see cref="GetSessionResultsAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="OlympicsApiException">The silo refused the key (401) or answered another error.</exception>
    public Task<ViewSnapshot<MedalTableView>?> GetMedalTableAsync(CancellationToken cancellationToken = default) =>
        GetViewAsync(_medalTable, "feeds/medals", cancellationToken);

    private async Task<ViewSnapshot<T>?> GetViewAsync<T>(ViewCache<T> cache, string path, CancellationToken ct) where T : class
    {
        var cached = cache.Get(path);
        using var response = await _sender.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (cached is not null)
            {
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(cached.ETag));
            }

            return request;
        }, ct);

        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified when cached is not null:
                return cached with { FromCache = true };
            case HttpStatusCode.NotFound:
                cache.Remove(path);
                return null;
            case HttpStatusCode.OK:
                var view = await response.Content.ReadFromJsonAsync<T>(_json, ct)
                    ?? throw new JsonException($"The silo answered GET {path} with an empty body.");
                var snapshot = new ViewSnapshot<T>(view, response.Headers.ETag?.ToString() ?? "", FromCache: false);
                if (response.Headers.ETag is not null)
                {
                    cache.Put(path, snapshot);
                }

                return snapshot;
            default:
                throw await ProblemReader.ReadAsync(response, ct);
        }
    }
}
