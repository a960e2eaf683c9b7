using System.Text.Json;

namespace Olympics.Orleans.Client;

/// <summary>Reads an RFC 7807 answer into an <see cref="OlympicsApiException"/>; tolerates bodies that are not problems.</summary>
internal static class ProblemReader
{
    public static async Task<OlympicsApiException> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        string? title = response.ReasonPhrase, detail = null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            title = root.TryGetProperty("title", out var t) ? t.GetString() : title;
            detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in e.EnumerateObject())
                {
                    errors[field.Name] = [.. field.Value.EnumerateArray().Select(v => v.GetString() ?? "")];
                }
            }
        }
        catch (JsonException)
        {
            detail = text.Length > 500 ? text[..500] : text;
        }

        return new OlympicsApiException(response.StatusCode, title, detail, errors);
    }
}
