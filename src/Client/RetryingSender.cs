namespace Olympics.Orleans.Client;

/// <summary>
/// Sends requests to the current silo, trying idempotent ones (GET, PUT) again after a transient failure (5xx, 429, a
/// network error or a timeout) with <see cref="Backoff"/>, at most <see cref="OlympicsClientOptions.MaxRetries"/>
/// times. A silo that could not be reached or answered 5xx is left for the next (<see cref="SiloAddresses"/>), so a
/// retry goes to another silo of the cluster when the client knows one.
/// </summary>
internal sealed class RetryingSender(HttpClient http, OlympicsClientOptions options, SiloAddresses silos)
{
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan delay;
            using (var request = create())
            {
                var silo = silos.Address(request);
                var retryable = attempt < options.MaxRetries && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Put);
                try
                {
                    var response = await http.SendAsync(request, ct);
                    if ((int)response.StatusCode >= 500)
                    {
                        silos.Failed(silo);
                    }

                    if (!retryable || !Backoff.IsTransient(response.StatusCode))
                    {
                        return response;
                    }

                    delay = Backoff.Of(options, attempt, response);
                    response.Dispose();
                }
                catch (HttpRequestException) when (Failed(silo, retryable))
                {
                    delay = Backoff.Of(options, attempt, null);
                }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested && Failed(silo, retryable))
                {
                    // HttpClient.Timeout, not the caller's cancellation.
                    delay = Backoff.Of(options, attempt, null);
                }
            }

            await Task.Delay(delay, ct);
        }
    }

    // Moves on from the silo whether or not this request is tried again: the caller's next request goes elsewhere.
    private bool Failed(Uri silo, bool retryable)
    {
        silos.Failed(silo);
        return retryable;
    }
}
