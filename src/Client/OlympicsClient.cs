using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Olympics.Orleans.Contracts.Venues;

namespace Olympics.Orleans.Client;

/// <summary>
/// The partner SDK: typed calls to a silo's HTTP API. Thread-safe; create one per cluster (or silo) and reuse it.
/// Errors arrive as <see cref="OlympicsApiException"/> carrying the silo's problem details. Idempotent requests
/// (GET, PUT) are tried again after transient failures, as <see cref="OlympicsClientOptions"/> says; with
/// <see cref="OlympicsClientOptions.FailoverAddresses"/> the client moves to another silo when one fails.
/// </summary>
public sealed partial class OlympicsClient : IDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly SiloAddresses _silos;
    private readonly RetryingSender _sender;
    private readonly ResultSubscription _results;
    private readonly SnapshotCache _snapshots = new();

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
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            _http.DefaultRequestHeaders.Add("X-API-KEY", options.ApiKey);
        }

        _silos = new SiloAddresses(options);
        _sender = new RetryingSender(_http, options, _silos);
        _results = new ResultSubscription(_http, options, _silos, _json);
    }

    /// <summary>Whether the silo the client talks to now is ready to take traffic (its event store answers).</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(new Uri(_silos.Current, "health/ready"), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Registers a venue; registering again with the same details is harmless.</summary>
    public Task<VenueView> RegisterVenueAsync(string code, RegisterVenueRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<VenueView>(HttpMethod.Put, $"venues/{QueryString.Segment(code)}", request, cancellationToken);

    /// <summary>Changes a venue's operational status.</summary>
    public Task<VenueView> ChangeVenueStatusAsync(string code, ChangeVenueStatusRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<VenueView>(HttpMethod.Post, $"venues/{QueryString.Segment(code)}/status", request, cancellationToken);

    /// <summary>Reads a venue; null when no venue has that code.</summary>
    public Task<VenueView?> GetVenueAsync(string code, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<VenueView>($"venues/{QueryString.Segment(code)}", cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<T?> GetOrNullAsync<T>(string path, CancellationToken ct) where T : class
    {
        try
        {
            return await SendAsync<T>(HttpMethod.Get, path, null, ct);
        }
        catch (OlympicsApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var response = await _sender.SendAsync(() => new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: _json),
        }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ProblemReader.ReadAsync(response, ct);
        }

        return await response.Content.ReadFromJsonAsync<T>(_json, ct)
            ?? throw new JsonException($"The silo answered {method} {path} with an empty body.");
    }
}
