using System.Globalization;
using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>
/// The accreditation CSV written by the dataset generator, one accreditation per row:
/// <c>number,name,category,function,noc,organisation,valid_from,valid_until,venues,zones,transport,dining</c>.
/// Rows are checked with the same rules as commands; a failure names the CSV column.
/// </summary>
public static class AccreditationCsv
{
    /// <summary>The header line, exactly.</summary>
    public const string Header = "number,name,category,function,noc,organisation,valid_from,valid_until,venues,zones,transport,dining";

    private static readonly string[] _columns = Header.Split(',');

    /// <summary>Whether a record is the expected header.</summary>
    public static bool IsHeader(IReadOnlyList<string> fields) => fields.SequenceEqual(_columns);

    /// <summary>The import event for one row, stamped with <paramref name="reason"/> and <paramref name="at"/>.</summary>
    /// <exception cref="InvalidCommandException">A field is malformed; <see cref="InvalidCommandException.Field"/> is the column.</exception>
    public static AccreditationImported Parse(IReadOnlyList<string> f, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Count != _columns.Length)
        {
            throw AccreditationRules.Invalid("row", $"Expected {_columns.Length} fields, found {f.Count}.");
        }

        var from = Date(f[6], "valid_from");
        var until = Date(f[7], "valid_until");
        AccreditationRules.Validity(from, until, "valid_until");
        var privileges = new Privileges(
            PrivilegeRules.Venues(f[8].Length == 0 ? [] : f[8].Split('|'), "venues"), PrivilegeRules.Zones(Zones(f[9]), "zones"),
            PrivilegeRules.Transport(f[10], "transport"), Dining(f[11]));
        return new AccreditationImported(
            AccreditationRules.Number(f[0]), AccreditationRules.Name(f[1]), Category(f[2]), AccreditationRules.Function(f[3]),
            AccreditationRules.Noc(f[4]), AccreditationRules.Organisation(f[5]), from, until, privileges, reason, at);
    }

    private static AccreditationCategory Category(string value) =>
        value.Length > 0 && char.IsAsciiLetter(value[0]) && Enum.TryParse<AccreditationCategory>(value, out var category)
            ? category
            : throw AccreditationRules.Invalid("category", $"'{value}' is not a category: expected one of {string.Join(", ", Enum.GetNames<AccreditationCategory>())}.");

    private static DateOnly Date(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw AccreditationRules.Invalid(field, $"'{value}' is not a date in the form yyyy-MM-dd.");

    private static int[] Zones(string value) => value.Length == 0 ? [] : [.. value.Split('|').Select(z =>
        int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zone) ? zone : throw AccreditationRules.Invalid("zones", $"'{z}' is not a zone number."))];

    private static bool Dining(string value) => value switch
    {
        "Y" => true,
        "N" => false,
        _ => throw AccreditationRules.Invalid("dining", $"'{value}' is not Y or N."),
    };
}
