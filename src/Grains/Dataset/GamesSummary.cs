using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Counts for a progress or summary display: per kind, per accreditation category, sessions per day.</summary>
/// <param name="Counts">Sports, disciplines, events, phases, units, sessions, venues, NOCs, athletes, accreditations.</param>
/// <param name="Categories">Accreditations per category, in category order.</param>
/// <param name="SessionsPerDay">Sessions per ODF competition day (venue local time, the day ends at 03:00).</param>
public sealed record GamesSummary(
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<AccreditationCategory, int> Categories,
    IReadOnlyDictionary<DateOnly, int> SessionsPerDay)
{
    public static GamesSummary Of(GamesDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var zones = dataset.Venues.ToDictionary(v => v.Code, v => v.TimeZone);
        var counts = new Dictionary<string, int>
        {
            ["sports"] = dataset.Sports.Count,
            ["disciplines"] = dataset.Disciplines.Count,
            ["events"] = dataset.Events.Count,
            ["phases"] = dataset.Events.Sum(e => e.Phases.Count),
            ["units"] = dataset.Units.Count(),
            ["sessions"] = dataset.Sessions.Count,
            ["venues"] = dataset.Venues.Count,
            ["nocs"] = dataset.Nocs.Count,
            ["athletes"] = dataset.Athletes.Count,
            ["accreditations"] = dataset.Accreditations.Count,
        };
        var categories = Enum.GetValues<AccreditationCategory>()
            .ToDictionary(c => c, c => dataset.Accreditations.Count(a => a.Category == c));
        var perDay = new SortedDictionary<DateOnly, int>(dataset.Sessions
            .GroupBy(s => LogicalDay.Of(s.Start, zones[s.Venue]))
            .ToDictionary(g => g.Key, g => g.Count()));
        return new GamesSummary(counts, categories, perDay);
    }

    /// <summary>One line per figure, for a console.</summary>
    public IEnumerable<string> Lines() =>
        Counts.Select(c => $"{c.Key,-15}{c.Value,9:N0}")
            .Concat(Categories.Select(c => $"  {c.Key,-18}{c.Value,9:N0}"))
            .Concat(SessionsPerDay.Select(d => $"  {d.Key:yyyy-MM-dd}  {d.Value,4} sessions"));
}
