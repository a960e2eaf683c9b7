using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>A 100 m session at the Stade de France with a semi-final and the final.</summary>
internal static class SessionFixtures
{
    public const string Semi = "ATHM100M--------------SFNL000100--";
    public const string Final = "ATHM100M--------------FNL-000100--";
    public const string FinalPhase = "ATHM100M--------------FNL---------";
    public static readonly DateTimeOffset At = new(2024, 8, 4, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Start = new(2024, 8, 4, 17, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = Start.AddHours(4);

    public static readonly SessionScheduled Scheduled = new("ATH01", "ATH", "STA", "Europe/Paris", "Evening session", Start, End,
        [new PlannedUnit(Semi, "Men's 100m semi-final 1", Start), new PlannedUnit(Final, "Men's 100m final", Start.AddHours(2))], At);

    public static ScheduleSession Schedule(params PlannedUnit[] units) =>
        new("ATH", "STA", "Evening session", Start, End, units.Length > 0 ? units : Scheduled.Units, At);

    public static Session Given(params ISessionEvent[] events) => events.Aggregate(Session.Unscheduled, Session.Evolve);

    /// <summary>The session with the semi-final's start list set and its results at <paramref name="status"/>.</summary>
    public static Session SemiAt(ResultStatus status, bool wasOfficial = false)
    {
        var started = Given(Scheduled, new StartListSet(Semi, ["1", "2", "3"], At));
        return status == ResultStatus.StartList && !wasOfficial
            ? started
            : started with { Units = [.. started.Units.Select(u => u.Rsc == Semi ? u with { Status = status, WasOfficial = wasOfficial } : u)] };
    }

    public static UnitResultEntry Entry(string athlete, int rank, string? qualifiedFor = null, bool eliminated = false) =>
        new(athlete, rank, $"9.{80 + rank}", null, qualifiedFor, eliminated);
}
