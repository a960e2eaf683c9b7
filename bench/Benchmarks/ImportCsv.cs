using System.Globalization;
using Olympics.Orleans.Grains.Accreditations.Import;

namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// A deterministic accreditation CSV in the generator's format: every category, 35 venues (ALL for one row in nine),
/// quoted organisations, Games-time validity. Row <c>i</c> is accreditation number i + 1.
/// </summary>
internal static class ImportCsv
{
    public static readonly string[] Venues =
    [
        "STA", "BCY", "TAH", "AQU", "PDP", "ROL", "VEL", "GRP", "CHA", "INV", "CON", "ELF", "TRO", "VSA", "MAR", "LIL", "LYO", "NIC",
        "BOR", "NAN", "SET", "VAI", "YVE", "CHT", "ARE", "SPA", "HOT", "PAR", "CLI", "BMX", "NTH", "STS", "LBO", "CRO", "GEO",
    ];

    private static readonly (string Category, string Function)[] _roles =
    [
        ("Athlete", "AA01"), ("TeamOfficial", "AO01"), ("Media", "E"), ("Broadcaster", "RT"), ("TechnicalOfficial", "TO"),
        ("IfStaff", "IF"), ("NocStaff", "NOC"), ("Volunteer", "VOL"), ("Workforce", "WF"), ("Contractor", "CON"),
    ];

    private static readonly string[] _nocs = ["FRA", "USA", "BEL", "GER", "JPN", "AUS", "BRA", "KEN", "CHN", "GBR", "ITA", "CAN", ""];

    public static string Row(int i)
    {
        var (category, function) = _roles[i % _roles.Length];
        var venues = i % 9 == 0 ? "ALL" : $"{VenueOf(i)}|{Venues[((i * 7) + 3) % Venues.Length]}";
        var organisation = i % 3 == 0 ? $"\"Organisation {i % 100}, \"\"Paris\"\"\"" : $"Org {i % 50}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{i + 1:D8},Person {i},{category},{function},{_nocs[i % _nocs.Length]},{organisation},2024-07-{1 + (i % 10):D2},2024-08-{31 - (i % 7):D2},{venues},1|2|{3 + (i % 8)},{(i % 5 == 0 ? "" : $"T{1 + (i % 4)}")},{(i % 2 == 0 ? "Y" : "N")}");
    }

    /// <summary>The first venue on row <paramref name="i"/>'s card (zones 1 and 2 are on every card).</summary>
    public static string VenueOf(int i) => Venues[i % Venues.Length];

    /// <summary>Writes <paramref name="rows"/> rows to a new temporary file and returns its path.</summary>
    public static async Task<string> WriteAsync(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"accreditations-{rows}.csv");
        await using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync(AccreditationCsv.Header);
        for (var i = 0; i < rows; i++)
        {
            await writer.WriteLineAsync(Row(i));
        }

        return path;
    }
}
