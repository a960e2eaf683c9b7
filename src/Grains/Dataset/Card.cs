namespace Olympics.Orleans.Grains.Dataset;

/// <summary>What a function's card carries besides the holder's name; the name is drawn from <see cref="Region"/>.</summary>
internal sealed record Card(
    GamesNoc? Noc, string Region, string Organisation, DateOnly From, DateOnly Until,
    bool AllVenues, IReadOnlyList<string> Venues, IReadOnlyList<int> Zones, string Transport, bool Dining);
