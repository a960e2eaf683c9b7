namespace Olympics.Orleans.Contracts.Results;

/// <summary>
/// A session's results as a key's tier may see them now: each unit of the session the key follows, with the latest
/// visible version of its DT_RESULT document parsed. Served by <c>GET /feeds/sessions/{code}/results</c>.
/// </summary>
/// <param name="Session">The session code, e.g. ATH01.</param>
/// <param name="Units">The units the key follows, in the session's start order.</param>
public sealed record SessionResultsView(string Session, IReadOnlyList<UnitResultsView> Units);

/// <summary>One unit and the latest version of its DT_RESULT the key's tier may see; the document fields are null when none is visible yet.</summary>
/// <param name="Rsc">The unit's RSC.</param>
/// <param name="Title">The unit's title, from the schedule.</param>
/// <param name="StartUtc">The unit's start in UTC, from the schedule.</param>
/// <param name="DocumentKey">The DT_RESULT document shown, or null when none is visible.</param>
/// <param name="Version">That document's ODF Version.</param>
/// <param name="ResultStatus">Its ODF ResultStatus, e.g. START_LIST, LIVE, OFFICIAL.</param>
/// <param name="StoredAt">When that version was stored (UTC); the embargo counts from here.</param>
/// <param name="Withdrawn">True when the latest visible message withdrew the document; then there are no competitors.</param>
/// <param name="Competitors">The document's Result lines in SortOrder: a start list (StartOrder) or ranked results (Rank, mark).</param>
public sealed record UnitResultsView(
    string Rsc,
    string Title,
    DateTimeOffset StartUtc,
    string? DocumentKey,
    int? Version,
    string? ResultStatus,
    DateTimeOffset? StoredAt,
    bool Withdrawn,
    IReadOnlyList<CompetitorResultView> Competitors)
{
    /// <summary>
    /// The notes of the document as of the version shown (a change after OFFICIAL carries one), oldest first: those of
    /// every version up to it, as the session's view of the unit lists them.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>One Result line of a DT_RESULT: a competitor's place in a start list or in the results.</summary>
/// <param name="Competitor">The competitor's code (Competitor/@Code): an athlete id, or a team's code.</param>
/// <param name="CompetitorType">The competitor's type: A athlete, T team.</param>
/// <param name="Organisation">The competitor's NOC, e.g. FRA.</param>
/// <param name="Rank">The rank, when the line is ranked.</param>
/// <param name="SortOrder">The order in which ODF says to show the lines.</param>
/// <param name="StartOrder">The start order, in a start list.</param>
/// <param name="Mark">The result (Result/@Result), e.g. 9.79; as sent, since its format depends on the discipline.</param>
/// <param name="Irm">The invalid result mark, e.g. DNF, DQ.</param>
public sealed record CompetitorResultView(
    string Competitor,
    string? CompetitorType,
    string? Organisation,
    int? Rank,
    int? SortOrder,
    int? StartOrder,
    string? Mark,
    string? Irm);
