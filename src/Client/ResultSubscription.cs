using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Client;

/// <summary>
/// The results feed (or one stream of it) over SSE, reopened after every drop (broken connection, silo restart,
/// silence, 5xx, 429) with backoff and Last-Event-ID set to the last token yielded, so the caller sees each message once
/// and in order. A drop of the connection, or a 5xx, moves it to the client's next silo (<see cref="SiloAddresses"/>).
/// Refusals other than those (401, 403, 400) end it with <see cref="OlympicsApiException"/>.
/// </summary>
internal sealed class ResultSubscription(HttpClient http, OlympicsClientOptions options, SiloAddresses silos, JsonSerializerOptions json)
{
    public async IAsyncEnumerable<ResultMessage> ReadAsync(FeedStreamId stream, FeedStart start, [EnumeratorCancellation] CancellationToken ct)
    {
        // Until the first token (a message's, or the start event of a stream opened at the live edge) the stream opens
        // where the caller asked; from then on after the last token, whatever the start was.
        var last = start.AfterToken;
        var failures = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (await ConnectAsync(stream, last, last is null ? start : null, ct) is not { } response)
            {
                await Task.Delay(Backoff.Of(options, failures++, null), ct);
                continue;
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    await Task.Delay(Backoff.Of(options, failures++, response), ct);
                    continue;
                }

                using var reader = new SseReader(await response.Content.ReadAsStreamAsync(ct), options.StreamIdleTimeout);
                while (await reader.NextAsync(ct) is { } sse)
                {
                    if (sse.Event == "start" && sse.Id is not null)
                    {
                        last = sse.Id;
                        continue;
                    }

                    if (sse.Event != "odf" || sse.Id is null)
                    {
                        continue;
                    }

                    failures = 0;
                    var message = JsonSerializer.Deserialize<FeedMessageView>(sse.Data, json)
                        ?? throw new JsonException($"Feed event {sse.Id} has no message.");
                    last = sse.Id;
                    yield return new ResultMessage(sse.Id, message);
                }
            }

            // The stream ended (silo stopping, connection dropped): open it again after the last token.
            await Task.Delay(Backoff.Of(options, failures++, null), ct);
        }
    }

    /// <summary>The open stream, a transient refusal to wait out, or null when the silo could not be reached.</summary>
    private async Task<HttpResponseMessage?> ConnectAsync(FeedStreamId stream, string? last, FeedStart? start, CancellationToken ct)
    {
        var path = QueryString.Of("feeds/sse",
            ("stream", stream == FeedStreamId.Feed ? null : stream.ToString()),
            ("day", start?.Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("from", start is { Live: true, Day: null } ? "now" : null));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        var silo = silos.Address(request);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (last is not null)
        {
            request.Headers.Add("Last-Event-ID", last);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException)
        {
            silos.Failed(silo);
            return null;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            silos.Failed(silo); // Timed out before the silo answered.
            return null;
        }

        if ((int)response.StatusCode >= 500)
        {
            silos.Failed(silo);
        }

        if (response.IsSuccessStatusCode || Backoff.IsTransient(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            throw await ProblemReader.ReadAsync(response, ct);
        }
    }
}
