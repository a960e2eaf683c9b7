using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// Writes a dataset to a folder: accreditations.csv (see <see cref="AccreditationCsv"/>), and venues, nocs,
/// events, sessions (with their units) and athletes as camelCase JSON. Every file is streamed, not built in memory.
/// </summary>
public static class GamesDatasetWriter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<string> Files { get; } =
        ["accreditations.csv", "venues.json", "nocs.json", "events.json", "sessions.json", "athletes.json"];

    public static void Write(GamesDataset dataset, string folder)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(folder);
        using (var csv = new StreamWriter(Path.Combine(folder, "accreditations.csv"), false, _utf8, 1 << 16))
        {
            AccreditationCsv.Write(csv, dataset.Accreditations);
        }

        Json(folder, "venues.json", dataset.Venues);
        Json(folder, "nocs.json", dataset.Nocs);
        Json(folder, "events.json", dataset.Events);
        // Sessions carry their units in full, so a schedule reader needs only this file.
        var units = dataset.Units.ToDictionary(u => u.Rsc);
        Json(folder, "sessions.json", dataset.Sessions
            .Select(s => new { s.Code, s.Discipline, s.Venue, s.Start, s.End, Units = s.Units.Select(u => units[u]).ToList() })
            .ToList());
        Json(folder, "athletes.json", dataset.Athletes);
    }

    private static void Json<T>(string folder, string file, IReadOnlyList<T> items)
    {
        using var stream = File.Create(Path.Combine(folder, file));
        JsonSerializer.Serialize(stream, items, _json);
    }
}
