using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>Field rules for session commands; each failure names the field and the reason.</summary>
internal static class SessionRules
{
    public static void ValidateText(string? value, string field, int max, bool required)
    {
        var length = value?.Trim().Length ?? 0;
        if ((required && length == 0) || length > max)
        {
            throw new InvalidCommandException(field, required ? $"{field} must have 1 to {max} characters." : $"{field} may have at most {max} characters.");
        }
    }

    public static void ValidateDefined<T>(T value, string field) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new InvalidCommandException(field, $"'{value}' is not a {typeof(T).Name}.");
        }
    }

    public static void ValidatePeriod(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new InvalidCommandException("end", $"The end ({end:O}) must be after the start ({start:O}).");
        }
    }

    /// <summary>A unit-level RSC of the discipline.</summary>
    public static Rsc UnitRsc(string? value, string discipline, string field)
    {
        var rsc = Codes.Rsc(value, field);
        if (!rsc.IsUnit)
        {
            throw new InvalidCommandException(field, $"'{value}' is not a unit: its last 8 characters are empty.");
        }

        return rsc.Discipline == discipline
            ? rsc
            : throw new InvalidCommandException(field, $"'{value}' is not a unit of {discipline}.");
    }

    public static void ValidateUnits(ScheduleSession command, string discipline)
    {
        if (command.Units is not { Count: > 0 })
        {
            throw new InvalidCommandException("units", "A session holds at least one unit.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < command.Units.Count; i++)
        {
            var unit = command.Units[i] ?? throw new InvalidCommandException($"units[{i}]", "A unit is required.");
            if (!seen.Add(UnitRsc(unit.Rsc, discipline, $"units[{i}].rsc").Code))
            {
                throw new InvalidCommandException($"units[{i}].rsc", $"Unit {unit.Rsc} is listed twice.");
            }

            ValidateText(unit.Title, $"units[{i}].title", 200, required: true);
            if (unit.Start < command.Start || unit.Start >= command.End)
            {
                throw new InvalidCommandException($"units[{i}].start", "A unit starts within its session.");
            }
        }
    }
}
