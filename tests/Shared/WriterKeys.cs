namespace Olympics.Orleans;

/// <summary>
/// The keys of the roles that change state (competition management, the accreditation office, workforce planning), configured on every
/// test silo, and a handler that sends the one a write needs, so a test that writes need not say who it is. A request
/// that carries its own X-API-KEY keeps it: tests of refusals send theirs, or none with <see cref="Anonymous"/>.
/// </summary>
public static class WriterKeys
{
    public const string Management = "tests-competition-management-key-0123";
    public const string Office = "tests-accreditation-office-key-0123";
    public const string Workforce = "tests-workforce-planning-key-0123";

    /// <summary>The request option that keeps a write keyless (to see it refused).</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("olympics.anonymous");

    /// <summary>The silo settings that give the tests' writers their keys.</summary>
    public static string[] Arguments() => [$"--Competition:Managers:tests:ApiKey={Management}", $"--Accreditations:Offices:tests:ApiKey={Office}", $"--Workforce:Planners:tests:ApiKey={Workforce}"];

    /// <summary>The key a write to <paramref name="path"/> needs, or null for a read or another route; rosters need theirs for reads too.</summary>
    public static string? For(HttpMethod method, string path)
    {
        if (path.TrimStart('/').StartsWith("rosters", StringComparison.Ordinal))
        {
            return Workforce;
        }

        if (method == HttpMethod.Get || method == HttpMethod.Head)
        {
            return null;
        }

        var first = path.TrimStart('/').Split('/', '?')[0];
        return first switch
        {
            "venues" or "sessions" or "athletes" => Management,
            "accreditations" => Office,
            _ => null,
        };
    }

    /// <summary>
    /// An <see cref="HttpClient"/> handler that adds the writer's key to a write without one, and <paramref name="otherwise"/>
    /// (e.g. the operators' key), when given, to every other request without one.
    /// </summary>
    public static DelegatingHandler Handler(string? otherwise = null) => new Adding(otherwise) { InnerHandler = new SocketsHttpHandler() };

    private sealed class Adding(string? otherwise) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.Headers.Contains("X-API-KEY")
                && !(request.Options.TryGetValue(Anonymous, out var anonymous) && anonymous)
                && request.RequestUri is { } uri
                && (For(request.Method, uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString) ?? otherwise) is { } key)
            {
                request.Headers.Add("X-API-KEY", key);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
