using System.Net;

namespace Olympics.Orleans.Client;

/// <summary>The silo refused a request; the RFC 7807 problem it answered is carried here.</summary>
public sealed class OlympicsApiException : Exception
{
    /// <summary>Creates the exception from a problem answer.</summary>
    public OlympicsApiException(HttpStatusCode status, string? title, string? detail, IReadOnlyDictionary<string, string[]> errors)
        : base($"{(int)status} {title}: {detail}")
    {
        Status = status;
        Title = title;
        Detail = detail;
        Errors = errors;
    }

    /// <summary>The HTTP status: 400 malformed, 404 unknown, 409 refused by the current state, 504 timed out.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The problem's short title.</summary>
    public string? Title { get; }

    /// <summary>The reason, in words.</summary>
    public string? Detail { get; }

    /// <summary>For a 400: the offending fields and why each is refused.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
