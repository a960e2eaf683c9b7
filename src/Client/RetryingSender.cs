namespace Olympics.Orleans.Client;

/// <summary>
/// Sends requests, trying idempotent ones (GET, PUT) again after a transient failure (5xx, 429, a network error or a
/// timeout) with <see cref="Backoff"/>, at most <see cref="OlympicsClientOptions.MaxRetries"/> times.
/// </summary>
internal sealed class RetryingSender(HttpClient http, OlympicsClientOptions options)
{
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan delay;
            using (var request = create())
            {
                var retryable = attempt < options.MaxRetries && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Put);
                try
                {
                    var response = await http.SendAsync(request, ct);
                    if (!retryable || !Backoff.IsTransient(response.StatusCode))
                    {
                        return response;
                    }

                    delay = Backoff.Of(options, attempt, response);
                    response.Dispose();
                }
                catch (HttpRequestException) when (retryable)
                {
                    delay = Backoff.Of(options, attempt, null);
                }
                catch (TaskCanceledException) when (retryable && !ct.IsCancellationRequested)
                {
                    // HttpClient.Timeout, not the caller's cancellation.
                    delay = Backoff.Of(options, attempt, null);
                }
            }

            await Task.Delay(delay, ct);
        }
    }
}
