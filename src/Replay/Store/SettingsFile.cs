using System.Text.Json;

namespace Olympics.Orleans.Replay.Store;

/// <summary>The two settings the tool needs from a silo settings file (appsettings.json); both optional.</summary>
internal sealed record SettingsFile(string? ConnectionString, string? Schema)
{
    public static SettingsFile Read(FileInfo? file)
    {
        if (file is null)
        {
            return new SettingsFile(null, null);
        }

        if (!file.Exists)
        {
            throw new ReplayUsageException("config", $"{file.FullName} does not exist.");
        }

        try
        {
            using var stream = file.OpenRead();
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = json.RootElement;
            return new SettingsFile(Text(root, "ConnectionStrings", "EventStore"), Text(root, "EventStore", "Schema"));
        }
        catch (JsonException e)
        {
            throw new ReplayUsageException("config", $"{file.FullName} is not JSON: {e.Message}");
        }
    }

    private static string? Text(JsonElement root, string section, string key) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(section, out var s) && s.ValueKind == JsonValueKind.Object
        && s.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } text ? text : null;
}
