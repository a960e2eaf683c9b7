using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Client;

/// <summary>
/// The partner SDK: typed calls to a silo's HTTP API. Thread-safe; create one per silo address and reuse it.
/// Errors arrive as <see cref="OlympicsApiException"/> carrying the silo's problem details.
/// </summary>
public sealed class OlympicsClient : IDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client with its own <see cref="HttpClient"/>.</summary>
    public OlympicsClient(OlympicsClientOptions options)
        : this(new HttpClient(), options) => _ownsHttp = true;

    /// <summary>Creates a client on a caller-owned <see cref="HttpClient"/> (e.g. from IHttpClientFactory).</summary>
    public OlympicsClient(HttpClient http, OlympicsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _http.BaseAddress = options.BaseAddress;
        _http.Timeout = options.Timeout;
        if (!string.IsNullOrWhiteSpace(options.Actor))
        {
            _http.DefaultRequestHeaders.Add("X-Actor", options.Actor);
        }
    }

    /// <summary>Whether the silo is ready to take traffic (its event store answers).</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Registers a venue; registering again with the same details is harmless.</summary>
    public Task<VenueView> RegisterVenueAsync(string code, RegisterVenueRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<VenueView>(HttpMethod.Put, $"venues/{Uri.EscapeDataString(code)}", request, cancellationToken);

    /// <summary>Changes a venue's operational status.</summary>
    public Task<VenueView> ChangeVenueStatusAsync(string code, ChangeVenueStatusRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<VenueView>(HttpMethod.Post, $"venues/{Uri.EscapeDataString(code)}/status", request, cancellationToken);

    /// <summary>Reads a venue; null when no venue has that code.</summary>
    public async Task<VenueView?> GetVenueAsync(string code, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendAsync<VenueView>(HttpMethod.Get, $"venues/{Uri.EscapeDataString(code)}", null, cancellationToken);
        }
        catch (OlympicsApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: _json);
        }

        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ProblemReader.ReadAsync(response, ct);
        }

        return await response.Content.ReadFromJsonAsync<T>(_json, ct)
            ?? throw new JsonException($"The silo answered {method} {path} with an empty body.");
    }
}
