namespace Olympics.Orleans.Contracts.Results;

/// <summary>
/// The medal table as a key's tier may see it now: the latest visible DT_MEDALS, and the medallists of each event from
/// its latest visible DT_MEDALLISTS. Served by <c>GET /feeds/medals</c>. The table is the same for every key; the
/// medallists are those of the events the key follows.
/// </summary>
/// <param name="DocumentKey">The DT_MEDALS document shown.</param>
/// <param name="Version">Its ODF Version.</param>
/// <param name="ResultStatus">Its ODF ResultStatus, when it has one.</param>
/// <param name="StoredAt">When that version was stored (UTC).</param>
/// <param name="Withdrawn">True when the latest visible DT_MEDALS withdrew the table; then there are no lines.</param>
/// <param name="Lines">One line per NOC, in the table's order.</param>
/// <param name="Events">The medallists per event, by event code.</param>
public sealed record MedalTableView(
    string DocumentKey,
    int Version,
    string? ResultStatus,
    DateTimeOffset StoredAt,
    bool Withdrawn,
    IReadOnlyList<MedalLineView> Lines,
    IReadOnlyList<EventMedallistsView> Events);

/// <summary>One NOC's line of the medal table.</summary>
/// <param name="Organisation">The NOC, e.g. FRA.</param>
/// <param name="Rank">Its rank in the table.</param>
/// <param name="Gold">Gold medals.</param>
/// <param name="Silver">Silver medals.</param>
/// <param name="Bronze">Bronze medals.</param>
/// <param name="Total">All medals.</param>
public sealed record MedalLineView(string Organisation, int? Rank, int Gold, int Silver, int Bronze, int Total);

/// <summary>The medallists of one event, from the latest visible version of its DT_MEDALLISTS.</summary>
/// <param name="Event">The event-level RSC (22 characters padded with '-' to 34).</param>
/// <param name="DocumentKey">The DT_MEDALLISTS document shown.</param>
/// <param name="Version">Its ODF Version.</param>
/// <param name="StoredAt">When that version was stored (UTC).</param>
/// <param name="Medals">The medals awarded, in the document's order.</param>
public sealed record EventMedallistsView(string Event, string DocumentKey, int Version, DateTimeOffset StoredAt, IReadOnlyList<MedallistView> Medals);

/// <summary>One medal of an event and who won it.</summary>
/// <param name="Medal">The ODF medal type: ME_GOLD, ME_SILVER or ME_BRONZE.</param>
/// <param name="Competitor">The competitor's code: an athlete id, or a team's code.</param>
/// <param name="CompetitorType">The competitor's type: A athlete, T team.</param>
/// <param name="Organisation">The competitor's NOC.</param>
public sealed record MedallistView(string Medal, string Competitor, string? CompetitorType, string? Organisation);
