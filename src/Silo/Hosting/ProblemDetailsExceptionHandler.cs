using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Olympics.Orleans.EventStore;
using Orleans.Runtime;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>
/// Turns the domain's typed exceptions into RFC 7807 answers: a malformed command is 400 naming the field, a
/// command the state refuses or a lost write race is 409, a grain call that timed out is 504, and a call that reached
/// a silo as it left the cluster is 503 with Retry-After, for the caller to try again (the grain reactivates on a
/// survivor within seconds; an ODF message sent twice is stored once), as is a request that found the event store
/// unreachable.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            InvalidCommandException e => Problem(400, "Invalid command", e.Reason, e.Field),
            CommandRejectedException e => Problem(409, "Command refused", e.Message, null),
            ConcurrencyException e => Problem(409, "Concurrent change", e.Message, null),
            TimeoutException e => Problem(504, "Grain call timed out", e.Message, null),
            SiloUnavailableException or OrleansMessageRejectionException => Problem(503, "Silo unavailable",
                "The grain's silo left the cluster while serving the request; try again.", null),
            _ when StoreFailures.Unavailable(exception) => Problem(503, "Event store unavailable",
                "The event store cannot be reached (PostgreSQL restarting or unreachable); try again.", null),
            BadHttpRequestException e => Problem(e.StatusCode, e.StatusCode == 413 ? "Body too large" : "Bad request", Describe(e), FieldOf(e)),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == 503)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // Model binding says which parameter failed; the JSON reader underneath says where in the body and why.
    private static string Describe(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException json ? $"{e.Message} {json.Message}" : e.Message;

    // "$.units[0].start" names units[0].start, as the body spells it; the root itself is the body.
    private static string? FieldOf(BadHttpRequestException e) => e.InnerException is System.Text.Json.JsonException { Path: { } path }
        ? path.Length > 2 && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body"
        : null;

    private static ProblemDetails Problem(int status, string title, string detail, string? field)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        return problem;
    }
}
