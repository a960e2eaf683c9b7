using System.Globalization;
using System.Text.Json;
using Olympics.Orleans.Grains.Rostering.Import;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary>An instance as one JSON file, or as the two CSV files the silo imports; a plan as CSV (shift,volunteer) by index.</summary>
internal static class RosterFiles
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static void WriteInstance(RosterInstance instance, string path)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, instance, _json);
    }

    public static RosterInstance ReadInstance(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<RosterInstance>(stream, _json) ?? throw new InvalidDataException($"{path} holds no instance.");
    }

    /// <summary>volunteers.csv and shifts.csv: what PUT /rosters/{id}/volunteers and /shifts take (docs/operations.md, "Volunteer rostering").</summary>
    public static void WriteImportCsv(RosterInstance instance, string folder)
    {
        using (var volunteers = new StreamWriter(Path.Combine(folder, "volunteers.csv")))
        {
            RosterCsv.Write(volunteers, RosterRecords.Volunteers(instance));
        }

        using var shifts = new StreamWriter(Path.Combine(folder, "shifts.csv"));
        RosterCsv.Write(shifts, RosterRecords.Shifts(instance));
    }

    public static void WritePlan(RosterPlan plan, string path) =>
        File.WriteAllLines(path, plan.Assignments.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Shift},{a.Volunteer}")).Prepend("shift,volunteer"));

    public static RosterPlan ReadPlan(string path) => new(File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
    {
        var f = l.Split(',');
        return new Assignment(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture));
    }).ToList());
}
