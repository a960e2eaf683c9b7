using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Sessions;

namespace Olympics.Orleans.Replay.Report;

/// <summary>A result recorded for a unit that was OFFICIAL already.</summary>
internal sealed record CorrectionAfterOfficial(string Session, string Unit, ResultStatus Status, string? Note, DateTimeOffset At);

/// <summary>
/// The report's counts, fed one stored event at a time: corrections after OFFICIAL (per unit, from the session streams),
/// accreditation changes per UTC day and event name, ODF messages per discipline and per document type (from the stream id
/// "odf-{competition|code|subcode|type|...}", so no XML is parsed). Memory grows with units, days and names, not events.
/// </summary>
internal sealed class ReportTallies(ReportWindow window)
{
    private readonly HashSet<string> _official = new(StringComparer.Ordinal);

    public List<CorrectionAfterOfficial> Corrections { get; } = [];

    public SortedDictionary<(DateOnly Day, string Event), long> AccreditationChanges { get; } = [];

    public SortedDictionary<string, long> MessagesPerDiscipline { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> MessagesPerType { get; } = new(StringComparer.Ordinal);

    public void AddSession(StoredEvent stored, object @event)
    {
        // Every result counts for the unit's state; only those in the window are listed.
        if (@event is not UnitResultRecorded result)
        {
            return;
        }

        if (_official.Contains(result.Unit) && window.Contains(stored.Timestamp))
        {
            Corrections.Add(new CorrectionAfterOfficial(stored.StreamId["session-".Length..], result.Unit, result.Status, result.Note, result.At));
        }

        if (result.Status == ResultStatus.Official)
        {
            _official.Add(result.Unit);
        }
    }

    public void AddAccreditation(StoredEvent stored)
    {
        if (window.Contains(stored.Timestamp))
        {
            var key = (DateOnly.FromDateTime(stored.Timestamp.UtcDateTime), stored.Type);
            AccreditationChanges[key] = AccreditationChanges.GetValueOrDefault(key) + 1;
        }
    }

    public void AddOdf(StoredEvent stored)
    {
        var parts = stored.StreamId["odf-".Length..].Split(OdfDocumentKey.Separator);
        if (parts.Length == 6 && window.Contains(stored.Timestamp))
        {
            var discipline = parts[1].Length >= 3 ? parts[1][..3] : parts[1];
            MessagesPerDiscipline[discipline] = MessagesPerDiscipline.GetValueOrDefault(discipline) + 1;
            MessagesPerType[parts[3]] = MessagesPerType.GetValueOrDefault(parts[3]) + 1;
        }
    }
}
