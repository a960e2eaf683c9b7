using System.Globalization;
using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Grains.Accreditations.Import;

namespace Olympics.Orleans.Grains.Rostering.Import;

/// <summary>
/// volunteers.csv and shifts.csv (RFC 4180, UTF-8, one header line, columns in any order): lists joined by '|',
/// availability as <c>yyyy-MM-dd HH:mm-HH:mm</c> windows joined by '|'. A fault is refused naming its line and column.
/// </summary>
public static class RosterCsv
{
    public const string VolunteerHeader = "id,region,latitude,longitude,gender,languages,functions,availability,access,max_hours,committed_days,preferred_venues,preferred_functions,team_mate";
    public const string ShiftHeader = "id,venue,function,date,start,end,demand,languages,team";

    public static async Task<CsvRows<VolunteerRecord>> ReadVolunteersAsync(TextReader text, CancellationToken ct) =>
        await ReadAsync(text, VolunteerHeader, row => new VolunteerRecord(
            row["id"], row["region"], row.Number("latitude"), row.Number("longitude"), row["gender"], row.List("languages"), row.List("functions"),
            row.List("availability").Select(w => Window(w, row.Field("availability"))).ToList(), row.List("access"), row.Whole("max_hours"),
            row.Whole("committed_days"), row.List("preferred_venues"), row.List("preferred_functions"), row["team_mate"] is { Length: > 0 } m ? m : null), ct);

    public static async Task<CsvRows<ShiftRecord>> ReadShiftsAsync(TextReader text, CancellationToken ct) =>
        await ReadAsync(text, ShiftHeader, row => new ShiftRecord(
            row["id"], row["venue"], row["function"], row["date"], row["start"], row["end"], row.Whole("demand"), row.List("languages"), row["team"]), ct);

    public static void Write(TextWriter writer, IEnumerable<VolunteerRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(VolunteerHeader + "\n");
        foreach (var v in rows)
        {
            Line(writer, v.Id, v.Region, Num(v.Latitude), Num(v.Longitude), v.Gender, Join(v.Languages), Join(v.Functions),
                Join(v.Availability.Select(w => $"{w.Date} {w.From}-{w.To}")), Join(v.Access), Num(v.MaxHours), Num(v.CommittedDays),
                Join(v.PreferredVenues), Join(v.PreferredFunctions), v.TeamMate ?? "");
        }
    }

    public static void Write(TextWriter writer, IEnumerable<ShiftRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ShiftHeader + "\n");
        foreach (var s in rows)
        {
            Line(writer, s.Id, s.Venue, s.Function, s.Date, s.Start, s.End, Num(s.Demand), Join(s.Languages), s.Team);
        }
    }

    private static AvailabilityWindow Window(string text, string field)
    {
        var (date, times) = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (text[..space], text[(space + 1)..].Split('-')) : (text, []);
        return times.Length == 2 ? new AvailabilityWindow(date, times[0], times[1])
            : throw new InvalidCommandException(field, $"'{text}' is not a window 'yyyy-MM-dd HH:mm-HH:mm'.");
    }

    private static async Task<CsvRows<T>> ReadAsync<T>(TextReader text, string header, Func<CsvRow, T> read, CancellationToken ct)
    {
        var reader = new CsvRecordReader(text);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidCommandException("line 1", $"The file is empty; it starts with the header '{header}'.");
        }

        var columns = reader.Fields.Select((f, i) => (Name: f.Trim().ToLowerInvariant(), i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        if (header.Split(',').FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            throw new InvalidCommandException("line 1", $"The header has no column '{missing}' (expected {header}).");
        }

        var rows = new List<T>();
        var lines = new List<long>();
        while (await reader.ReadAsync(ct))
        {
            var row = new CsvRow(reader.Line, columns, reader.Fields);
            if (reader.Error is not null || reader.Fields.Count != columns.Count)
            {
                throw new InvalidCommandException(row.Where, reader.Error ?? $"The row has {reader.Fields.Count} fields; the header has {columns.Count}.");
            }

            rows.Add(read(row));
            lines.Add(reader.Line);
        }

        return new CsvRows<T>(rows, lines);
    }

    private static string Num(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string>? values) => string.Join('|', values ?? []);

    private static void Line(TextWriter writer, params string[] fields)
    {
        writer.Write(string.Join(',', fields.Select(Dataset.AccreditationCsv.Escape)));
        writer.Write('\n');
    }

    private sealed class CsvRow(long line, Dictionary<string, int> columns, IReadOnlyList<string> fields)
    {
        public string Where { get; } = string.Create(CultureInfo.InvariantCulture, $"line {line}");

        public string this[string column] => fields[columns[column]].Trim();

        public string Field(string column) => $"{Where}.{column}";

        public string[] List(string column) => this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public double Number(string column) => double.TryParse(this[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n : throw new InvalidCommandException(Field(column), $"'{this[column]}' is not a number.");

        public int Whole(string column) => int.TryParse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n : throw new InvalidCommandException(Field(column), $"'{this[column]}' is not a whole number.");
    }
}

/// <summary>The rows of a CSV import and the line each starts on, for error fields (<c>line 14.latitude</c>).</summary>
/// <remarks>A JSON import has no lines: its rows are named by index (<c>[13].latitude</c>).</remarks>
public sealed record CsvRows<T>(IReadOnlyList<T> Rows, IReadOnlyList<long>? Lines);
