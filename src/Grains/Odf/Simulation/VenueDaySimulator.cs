using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Odf.Simulation;

/// <summary>
/// Plays a competition day of a generated Games as the venues' results systems would send it: per session its
/// DT_SCHEDULE_UPDATE, per unit its DT_RESULT and DT_CURRENT, per official result its phase's DT_PHASE_RESULT, per final
/// the event's DT_MEDALLISTS and a new DT_MEDALS table, per venue a DT_KA (a header only) every few seconds. Pure and seeded:
/// the same dataset, sessions and options always give the same messages, byte for byte.
/// </summary>
public static class VenueDaySimulator
{
    /// <summary>The sessions whose start falls on <paramref name="day"/>, the ODF competition day at their venue.</summary>
    public static IReadOnlyList<CompetitionSession> SessionsOn(GamesDataset dataset, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var zones = dataset.Venues.ToDictionary(v => v.Code, v => v.TimeZone, StringComparer.Ordinal);
        return dataset.Sessions.Where(s => LogicalDay.Of(s.Start, zones[s.Venue]) == day).ToList();
    }

    /// <summary>The plan of <paramref name="day"/>'s sessions.</summary>
    public static SimulationPlan Plan(GamesDataset dataset, DateOnly day, SimulationOptions options) =>
        Plan(dataset, SessionsOn(dataset, day), options);

    /// <summary>The plan of <paramref name="sessions"/> of <paramref name="dataset"/>, in parallel as scheduled.</summary>
    public static SimulationPlan Plan(GamesDataset dataset, IEnumerable<CompetitionSession> sessions, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(sessions);
        Validate(options);
        var played = sessions.OrderBy(s => s.Start).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        if (played.Count == 0)
        {
            return new SimulationPlan([], []);
        }

        var units = dataset.Units.ToDictionary(u => u.Rsc, StringComparer.Ordinal);
        var zero = played.Min(s => s.Start.AddMinutes(-30));
        zero = played.SelectMany(s => s.Units).Select(u => units[u].Start.AddMinutes(-10)).Append(zero).Min();
        var day = new DayPlanner(dataset, units, options, new PlanClock(zero, options.TimeScale));
        var messages = played.SelectMany(day.Session).ToList();
        messages.AddRange(day.Summaries(messages));
        messages.AddRange(day.KeepAlives(played, messages));
        return new SimulationPlan(played.Select(s => s.Code).ToList(), messages.OrderBy(m => m.At).ToList());
    }

    private static void Validate(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.TimeScale > 0) || options.LiveUpdates < 1 || options.CurrentsPerLive < 0 || !(options.KeepAliveEverySeconds > 0)
            || options.MaxCompetitors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options,
                "TimeScale and KeepAliveEverySeconds must be above 0, LiveUpdates and MaxCompetitors at least 1, CurrentsPerLive at least 0.");
        }
    }
}
