using System.Text.Json;

namespace Olympics.Orleans.Silo.Simulation;

/// <summary>
/// Which Source the simulated messages carry and the X-API-KEY of each: one key with one source (<c>--api-key</c>, source
/// <c>--source</c> or SIM), or a JSON file of source to key (<c>--api-key-file</c>, sources SEQ_{discipline} unless
/// <c>--source</c>).
/// </summary>
internal sealed record SimulationKeys(string? Source, IReadOnlyDictionary<string, string> Keys)
{
    public const string DefaultSource = "SIM";

    public string? KeyOf(string source) => Keys.GetValueOrDefault(source);

    /// <summary>The keys, or the reason the options do not give them.</summary>
    public static (SimulationKeys? Keys, string? Error) From(string? apiKey, FileInfo? keyFile, string? source)
    {
        if ((apiKey is null) == (keyFile is null))
        {
            return (null, "Give either --api-key (one key for one source) or --api-key-file (a JSON object of source to key).");
        }

        if (apiKey is not null)
        {
            var single = source ?? DefaultSource;
            return (new SimulationKeys(single, new Dictionary<string, string>(StringComparer.Ordinal) { [single] = apiKey }), null);
        }

        try
        {
            var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(keyFile!.FullName));
            return keys is { Count: > 0 }
                ? (new SimulationKeys(source, new Dictionary<string, string>(keys, StringComparer.Ordinal)), null)
                : (null, $"{keyFile.FullName} holds no keys: expected {{\"SEQ_ATH\": \"key\", ...}}.");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return (null, $"Cannot read the keys in {keyFile!.FullName}: {e.Message}");
        }
    }
}
