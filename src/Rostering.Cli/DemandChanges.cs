using System.Globalization;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary>The <c>--demand SHIFT=PEOPLE</c> values of <c>replan</c>: a shift of the instance and its new demand.</summary>
internal static class DemandChanges
{
    /// <exception cref="ArgumentException">A value that is not SHIFT=PEOPLE, an unknown shift, or a negative demand.</exception>
    public static Dictionary<int, int> Parse(IEnumerable<string> values, RosterInstance instance)
    {
        var changes = new Dictionary<int, int>();
        foreach (var value in values)
        {
            var parts = value.Split('=');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var shift)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var people))
            {
                throw new ArgumentException($"--demand '{value}' is not SHIFT=PEOPLE (two whole numbers, e.g. 1042=3).");
            }

            if (shift >= instance.Shifts.Count)
            {
                throw new ArgumentException($"--demand '{value}': the instance has no shift {shift} (0 to {instance.Shifts.Count - 1}).");
            }

            changes[shift] = people;
        }

        return changes;
    }
}
