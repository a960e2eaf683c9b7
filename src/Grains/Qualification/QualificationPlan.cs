using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Qualification;

/// <summary>What official results mean for one athlete: qualified (with the venue windows to grant) or eliminated.</summary>
public abstract record QualificationStep(string Athlete, string Event);

/// <summary>The athlete goes on to <paramref name="Phase"/>, held in these sessions.</summary>
public sealed record Qualify(string Athlete, string Event, string Phase, IReadOnlyList<VenueWindow> Windows) : QualificationStep(Athlete, Event);

/// <summary>The athlete is out; extra access ends at <paramref name="AccessEndsAt"/>.</summary>
public sealed record Eliminate(string Athlete, string Event, DateTimeOffset AccessEndsAt) : QualificationStep(Athlete, Event);

/// <summary>Access to a venue between two instants.</summary>
public sealed record VenueWindow(string Venue, DateTimeOffset From, DateTimeOffset Until);

/// <summary>Turns official unit results into steps. Pure: the sessions of each phase are passed in.</summary>
public static class QualificationPlan
{
    public static IReadOnlyList<QualificationStep> For(
        UnitResult result, Func<string, IReadOnlyList<SessionView>> sessionsOfPhase, QualificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sessionsOfPhase);
        ArgumentNullException.ThrowIfNull(options);
        if (result.Status != ResultStatus.Official)
        {
            return [];
        }

        var eventCode = new Rsc(result.Unit).EventCode;
        var steps = new List<QualificationStep>();
        foreach (var entry in result.Results)
        {
            if (entry.QualifiedFor is { } phase)
            {
                var windows = sessionsOfPhase(phase)
                    .Where(s => s.Status is not (ScheduleStatus.Cancelled or ScheduleStatus.Postponed))
                    .Select(s => new VenueWindow(s.Venue, s.StartUtc - options.AccessBefore, s.EndUtc + options.AccessAfter)).ToList();
                steps.Add(new Qualify(entry.Athlete, eventCode, phase, windows));
            }
            else if (entry.Eliminated)
            {
                steps.Add(new Eliminate(entry.Athlete, eventCode, result.At + options.EliminationGrace));
            }
        }

        return steps;
    }
}

/// <summary>The part of a recorded unit result the plan needs.</summary>
public sealed record UnitResult(string Unit, ResultStatus Status, IReadOnlyList<UnitResultEntry> Results, DateTimeOffset At);
