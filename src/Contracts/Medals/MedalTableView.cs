namespace Olympics.Orleans.Contracts.Medals;

/// <summary>A medal.</summary>
public enum MedalType
{
    /// <summary>First place (ODF ME_GOLD).</summary>
    Gold,

    /// <summary>Second place (ODF ME_SILVER).</summary>
    Silver,

    /// <summary>Third place (ODF ME_BRONZE).</summary>
    Bronze,
}

/// <summary>One NOC's line of the medal table.</summary>
/// <param name="Rank">Its rank, 1 or more (equal lines share a rank).</param>
/// <param name="Noc">The NOC code, e.g. FRA.</param>
/// <param name="Gold">Gold medals, 0 or more.</param>
/// <param name="Silver">Silver medals, 0 or more.</param>
/// <param name="Bronze">Bronze medals, 0 or more.</param>
/// <param name="Total">All medals: the sum of the three.</param>
public sealed record MedalLine(int Rank, string Noc, int Gold, int Silver, int Bronze, int Total);

/// <summary>A medallist of an event.</summary>
/// <param name="Medal">The medal won.</param>
/// <param name="Competitor">The competitor's code (an athlete id, or a team's code), 1 to 40 letters, digits or '-'.</param>
/// <param name="Noc">The competitor's NOC.</param>
public sealed record Medallist(MedalType Medal, string Competitor, string Noc);

/// <summary>The medallists of one event.</summary>
/// <param name="Event">The event-level RSC.</param>
/// <param name="Version">The version of the medallists document they came from.</param>
/// <param name="Medallists">Gold first, then silver, then bronze.</param>
public sealed record EventMedallists(string Event, int Version, IReadOnlyList<Medallist> Medallists);

/// <summary>A competition's medal table and medallists.</summary>
/// <param name="Competition">The competition code, e.g. OG2024.</param>
/// <param name="TableVersion">The version of the standings the table came from; 0 before the first.</param>
/// <param name="TableWithdrawn">True when the standings were withdrawn: the table is empty until a higher version.</param>
/// <param name="Lines">The table, by rank then NOC.</param>
/// <param name="Events">The medallists of each event that has them, by event.</param>
/// <param name="Version">The medals stream's version.</param>
public sealed record MedalTableView(
    string Competition, int TableVersion, bool TableWithdrawn, IReadOnlyList<MedalLine> Lines, IReadOnlyList<EventMedallists> Events, long Version);
