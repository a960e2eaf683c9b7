using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Grains.Sessions;
using Olympics.Orleans.Replay.ReplayDay;
using Olympics.Orleans.Replay.Store;

namespace Olympics.Orleans.Replay.Report;

/// <summary>A result recorded for a unit that was OFFICIAL already.</summary>
internal sealed record CorrectionAfterOfficial(string Session, string Unit, ResultStatus Status, string? Note, DateTimeOffset At);

/// <summary>
/// The report's counts, fed one stored event at a time: corrections after OFFICIAL (per unit, from the session streams),
/// accreditation changes per day (the day each change carries, UTC) and event name, ODF messages per discipline and per
/// document type (from the stream id "odf-{competition|code|subcode|type|...}"; the header only for a competition day).
/// Memory grows with units, days, names and the day's messages, not with the history.
/// </summary>
internal sealed class ReportTallies(ReportWindow window, StoredSessions sessions)
{
    /// <summary>The discipline row of documents that belong to none: the medal table (GLO) and venue keep-alives.</summary>
    public const string NoDiscipline = "(Games or venue)";

    private readonly HashSet<string> _official = new(StringComparer.Ordinal);
    private readonly HashSet<(string DocumentKey, int Version)> _dayMessages = [];

    public List<CorrectionAfterOfficial> Corrections { get; } = [];

    public SortedDictionary<(DateOnly Day, string Event), long> AccreditationChanges { get; } = [];

    public SortedDictionary<string, long> MessagesPerDiscipline { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, long> MessagesPerType { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a delivery of this document version is reported: for a competition day, only of that day's messages (read first).</summary>
    public bool Includes(string documentKey, int version) => window.Day is null || _dayMessages.Contains((documentKey, version));

    public void AddSession(StoredEvent stored, object @event)
    {
        // Every result counts for the unit's state; only those in the window are listed.
        if (@event is not UnitResultRecorded result)
        {
            return;
        }

        var session = stored.StreamId["session-".Length..];
        if (_official.Contains(result.Unit) && window.Contains(stored.Timestamp) && window.OnDay(sessions.Catalog.Find(session)?.Day))
        {
            Corrections.Add(new CorrectionAfterOfficial(session, result.Unit, result.Status, result.Note, result.At));
        }

        if (result.Status == ResultStatus.Official)
        {
            _official.Add(result.Unit);
        }
    }

    public void AddAccreditation(StoredEvent stored)
    {
        var day = DateOnly.FromDateTime((EventTimes.Of(stored.Data) ?? stored.Timestamp).UtcDateTime);
        if (window.Contains(stored.Timestamp) && window.OnDay(day))
        {
            var key = (day, stored.Type);
            AccreditationChanges[key] = AccreditationChanges.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Counts an ODF message; <paramref name="header"/> is read only for a competition day, whose messages it keeps.</summary>
    public void AddOdf(StoredEvent stored, OdfHeader? header)
    {
        var parts = stored.StreamId["odf-".Length..].Split(OdfDocumentKey.Separator);
        if (parts.Length != 6 || !window.Contains(stored.Timestamp) || (window.Day is not null && header?.LogicalDate != window.Day))
        {
            return;
        }

        if (header is not null)
        {
            _dayMessages.Add((header.DocumentKey, header.Version));
        }

        var discipline = DisciplineOf(parts[1]);
        MessagesPerDiscipline[discipline] = MessagesPerDiscipline.GetValueOrDefault(discipline) + 1;
        MessagesPerType[parts[3]] = MessagesPerType.GetValueOrDefault(parts[3]) + 1;
    }

    // An RSC-long code (a unit, phase, event, or a discipline padded with '-') starts with its discipline; the medal
    // table's GLO and a keep-alive's venue code (three letters too, but not padded) belong to no discipline.
    internal static string DisciplineOf(string documentCode) =>
        documentCode.Length == Rsc.Length && documentCode[..3].All(char.IsAsciiLetterUpper) && documentCode[..3] != "GLO"
            ? documentCode[..3]
            : NoDiscipline;
}
