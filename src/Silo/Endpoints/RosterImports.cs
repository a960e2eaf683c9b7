using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Grains.Rostering.Import;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// The bodies of the roster routes: an import read as CSV or as a JSON array by its Content-Type (every property of a
/// row required, so a missing one is named), and a plan's assignments written as JSON or CSV.
/// </summary>
internal static class RosterImports
{
    private static JsonSerializerOptions? _strict;

    public static async Task<IResult> ImportAsync<T>(
        HttpContext http, Func<TextReader, CancellationToken, Task<CsvRows<T>>> csv, Func<CsvRows<T>, Task<RosterImportReport>> import, CancellationToken ct)
    {
        var type = http.Request.ContentType ?? "";
        if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            using var text = new StreamReader(http.Request.Body, Encoding.UTF8);
            return TypedResults.Ok(await import(await csv(text, ct)));
        }

        if (!http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: 415, title: "Unsupported media type", detail: "Send the rows as text/csv or as a JSON array (application/json).");
        }

        List<T?>? rows;
        try
        {
            rows = await JsonSerializer.DeserializeAsync<List<T?>>(http.Request.Body, Strict(http), ct);
        }
        catch (JsonException e)
        {
            throw new InvalidCommandException(e.Path is { Length: > 1 } path ? path[1..].TrimStart('.') : "body", e.Message);
        }

        return TypedResults.Ok(await import(new CsvRows<T>(rows?.Select(r => r!).ToList() ?? throw new InvalidCommandException("body", "Send a JSON array of rows."), null)));
    }

    public static IResult Assignments(HttpContext http, string? format, IReadOnlyList<AssignmentRecord> rows)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || http.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);
        if (!csv)
        {
            return TypedResults.Ok(rows);
        }

        var text = new StringBuilder(rows.Count * 16).Append("shift,volunteer\n");
        foreach (var a in rows)
        {
            text.Append(a.Shift).Append(',').Append(a.Volunteer).Append('\n');
        }

        return TypedResults.Text(text.ToString(), "text/csv", Encoding.UTF8);
    }

    /// <summary>A roster id: 1 to 64 letters, digits, '-' or '_'.</summary>
    public static string Id(string id) =>
        id.Length is >= 1 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? id
            : throw new InvalidCommandException("id", $"'{id}' is not a roster id (1 to 64 letters, digits, '-' or '_').");

    private static JsonSerializerOptions Strict(HttpContext http) => _strict ??= new JsonSerializerOptions(
        http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions)
    {
        RespectRequiredConstructorParameters = true,
    };
}
