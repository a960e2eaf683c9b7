using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// One accreditation as issued: who, in which role, for which dates, and the privileges printed on the card.
/// <paramref name="Venues"/> is empty when <paramref name="AllVenues"/> is set.
/// </summary>
public sealed record GamesAccreditation(
    int Number, string Name, AccreditationCategory Category, string Function, string Noc, string Organisation,
    DateOnly ValidFrom, DateOnly ValidUntil, bool AllVenues, IReadOnlyList<string> Venues, IReadOnlyList<int> Zones,
    string Transport, bool Dining);
