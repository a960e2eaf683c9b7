using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Tests;

/// <summary>Hand-built instances: two Paris venues and Marseille, volunteers in Paris unless told otherwise.</summary>
internal static class Tiny
{
    public static readonly RosterVenue Bercy = new("BCY", "Bercy Arena", "Paris", "IDF", "Europe/Paris", 48.8386, 2.3785, 15000);
    public static readonly RosterVenue Concorde = new("CON", "La Concorde", "Paris", "IDF", "Europe/Paris", 48.8656, 2.3212, 30000);
    public static readonly RosterVenue Marseille = new("MST", "Marseille Stadium", "Marseille", "PAC", "Europe/Paris", 43.2698, 5.3959, 67000);

    public static Volunteer Volunteer(int id, char gender = 'F', int functions = 1, int languages = 3, int days = 14, int maxHours = 100) => new(
        id, "IDF", 48.85, 2.35, languages, functions, gender,
        Enumerable.Range(0, days).Select(d => new DayWindow(d, 6 * 60, 24 * 60)).ToList(),
        0b111, maxHours * 60, 2, 1, 1, -1);

    /// <summary>A shift at <paramref name="venue"/> on <paramref name="day"/>, local hours; Paris is UTC+2 in summer.</summary>
    public static Shift Shift(int id, int day, int fromHour, int toHour, int venue = 0, int function = 0, int demand = 1, int languages = 0, int team = 0) => new(
        id, venue, function, day, fromHour * 60, toHour * 60, (day * 1440) + ((fromHour - 2) * 60), (day * 1440) + ((toHour - 2) * 60), demand, languages, team);

    public static RosterInstance Instance(IReadOnlyList<Volunteer> volunteers, IReadOnlyList<Shift> shifts, RosterPolicy? policy = null) =>
        new(new DateOnly(2024, 7, 21), 14, [Bercy, Concorde, Marseille], volunteers, shifts, policy ?? new RosterPolicy(), new SoftWeights());

    public static RosterPlan Plan(params (int Shift, int Volunteer)[] pairs) => new(pairs.Select(p => new Assignment(p.Shift, p.Volunteer)).ToList());
}
