using System.Globalization;

namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// accreditations.csv, the importer's input: RFC 4180, UTF-8 without BOM, LF line ends, one header line.
/// Venues are ALL or codes joined by '|', zones numbers joined by '|', dates yyyy-MM-dd, dining Y or N.
/// </summary>
public static class AccreditationCsv
{
    public const string Header = "number,name,category,function,noc,organisation,valid_from,valid_until,venues,zones,transport,dining";

    /// <summary>Writes the header and every row, one row at a time.</summary>
    public static void Write(TextWriter writer, IEnumerable<GamesAccreditation> accreditations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(accreditations);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var a in accreditations)
        {
            WriteRow(writer, a);
        }
    }

    /// <summary>Writes one row, ending with '\n'.</summary>
    public static void WriteRow(TextWriter writer, GamesAccreditation a)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(a);
        writer.Write(a.Number.ToString("D8", CultureInfo.InvariantCulture));
        Field(writer, a.Name);
        Field(writer, a.Category.ToString());
        Field(writer, a.Function);
        Field(writer, a.Noc);
        Field(writer, a.Organisation);
        Field(writer, a.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(writer, a.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(writer, a.AllVenues ? "ALL" : string.Join('|', a.Venues));
        Field(writer, string.Join('|', a.Zones));
        Field(writer, a.Transport);
        Field(writer, a.Dining ? "Y" : "N");
        writer.Write('\n');
    }

    /// <summary>A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static void Field(TextWriter writer, string value)
    {
        writer.Write(',');
        writer.Write(Escape(value));
    }
}
