using Olympics.Orleans.Grains.Dataset;
using Olympics.Orleans.Rostering.Generation;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary>The venue-days of the Games generator's schedule, in each venue's local time: the demand's backbone.</summary>
internal static class GamesCalendar
{
    public static IReadOnlyList<VenueDay> From(GamesDataset games, RosterSpec spec)
    {
        var zones = games.Venues.ToDictionary(v => v.Code, v => TimeZoneInfo.FindSystemTimeZoneById(v.TimeZone));
        var day0 = spec.Start.ToDateTime(TimeOnly.MinValue);
        return games.Sessions
            .Select(s => (s.Venue, Start: TimeZoneInfo.ConvertTimeFromUtc(s.Start.UtcDateTime, zones[s.Venue]), End: TimeZoneInfo.ConvertTimeFromUtc(s.End.UtcDateTime, zones[s.Venue])))
            .GroupBy(s => (s.Venue, Day: (int)(s.Start.Date - day0).TotalDays))
            .Select(g => new VenueDay(
                g.Key.Venue, g.Key.Day, g.Count(), (int)g.Min(s => s.Start.TimeOfDay.TotalMinutes),
                (int)Math.Min(24 * 60, g.Max(s => s.End.Date > s.Start.Date ? 24 * 60 : s.End.TimeOfDay.TotalMinutes))))
            .OrderBy(d => d.Day).ThenBy(d => d.Venue, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The roster instance over the Games' schedule for the same seed.</summary>
    public static Model.RosterInstance Generate(int seed, double scale)
    {
        var games = GamesGenerator.Generate(new GamesSpec(seed, 1.0));
        var spec = new RosterSpec(seed, scale, games.Spec.FirstDay.AddDays(-3));
        return RosterGenerator.Generate(spec, From(games, spec));
    }
}
