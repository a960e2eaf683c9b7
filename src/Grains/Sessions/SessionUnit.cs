using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>A unit's state within its session: start list, latest complete results and every note.</summary>
/// <param name="WasOfficial">Whether the results have ever been OFFICIAL: from then on every change needs a note.</param>
public sealed record SessionUnit(
    string Rsc, string Title, DateTimeOffset Start, ResultStatus Status,
    IReadOnlyList<string> StartList, IReadOnlyList<UnitResultEntry> Results, IReadOnlyList<ResultNote> Notes, bool WasOfficial)
{
    /// <summary>The unit's schedule status; older snapshots, which predate it, read as SCHEDULED.</summary>
    public ScheduleStatus ScheduleStatus { get; init; } = ScheduleStatus.Scheduled;

    /// <summary>The highest version of the unit's DT_RESULT that set its start list or results; null when none did (and in older snapshots).</summary>
    public int? OdfResultVersion { get; init; }

    /// <summary>The highest version of the unit's DT_CURRENT that moved it to LIVE; null when none did.</summary>
    public int? OdfCurrentVersion { get; init; }

    /// <summary>A unit as scheduled: an empty start list.</summary>
    public static SessionUnit Planned(PlannedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(unit.Rsc, unit.Title, unit.Start, ResultStatus.StartList, [], [], [], false);
    }

    /// <summary>The unit after <paramref name="e"/>.</summary>
    public SessionUnit Record(UnitResultRecorded e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return this with
        {
            Status = e.Status,
            Results = e.Results,
            Notes = [.. Notes, .. e.NotesRecorded().Select(note => new ResultNote(e.Status, note, e.At))],
            WasOfficial = WasOfficial || e.Status == ResultStatus.Official,
            OdfResultVersion = OdfVersions.Newest(OdfResultVersion, e.OdfVersion),
            OdfCurrentVersion = OdfVersions.Newest(OdfCurrentVersion, e.OdfCurrentVersion),
        };
    }
}
