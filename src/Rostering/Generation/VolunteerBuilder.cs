using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Generation;

/// <summary>
/// Volunteers where the work is: each is drawn for a venue in proportion to that venue's demand and lives within
/// reach of it; their main function follows the venue's mix of functions and their days favour the venue's working days.
/// </summary>
internal sealed class VolunteerBuilder(RosterSpec spec, IReadOnlyList<RosterVenue> venues, IReadOnlyList<Shift> shifts, Random random)
{
    private static readonly (int Language, double Share)[] _otherLanguages =
        [(2, 0.15), (3, 0.08), (4, 0.08), (5, 0.05), (6, 0.06), (7, 0.04), (8, 0.03), (9, 0.02), (10, 0.01), (11, 0.02), (12, 0.02)];

    public List<Volunteer> Build()
    {
        var functions = Catalogs.Functions.Count;
        var demand = new double[venues.Count, functions];
        var workDays = Enumerable.Range(0, venues.Count).Select(_ => new SortedSet<int>()).ToArray();
        var places = new int[venues.Count, spec.Days];
        foreach (var s in shifts)
        {
            demand[s.Venue, s.Function] += s.Demand * s.Minutes;
            workDays[s.Venue].Add(s.Day);
            places[s.Venue, s.Day] += s.Demand;
        }

        // Enough people for the venue's work at about ten shifts each (fewer where the venue opens on few days: people
        // are free on only some of them), and for its busiest day when some are off.
        var need = Enumerable.Range(0, venues.Count).Select(v =>
            Math.Max(
                Enumerable.Range(0, spec.Days).Sum(d => places[v, d]) / Math.Clamp(0.6 * workDays[v].Count, 1, 10),
                1.5 * Enumerable.Range(0, spec.Days).Max(d => places[v, d])) + 1e-9).ToList();
        var perVenue = ShiftBuilder.Apportion(spec.Volunteers, need);
        var result = new List<Volunteer>(spec.Volunteers);
        for (var venue = 0; venue < venues.Count; venue++)
        {
            var mix = Enumerable.Range(0, functions).Select(f => demand[venue, f] + 1e-9).ToArray();
            for (var k = 0; k < perVenue[venue]; k++)
            {
                result.Add(Draw(result.Count, venue, mix, workDays[venue], result.Count > 0 && random.NextDouble() < 0.15));
            }
        }

        return result;
    }

    private Volunteer Draw(int id, int anchor, double[] mix, SortedSet<int> workDays, bool withMate)
    {
        var venue = venues[anchor];
        var tahiti = venue.TimeZone == VenueTable.Tahiti;
        var (lat, lon) = Home(venue, tahiti ? 4 : venue.Region == "IDF" ? 15 : 12);
        var primary = Pick(mix);
        var functions = 1 << primary;
        for (var extra = 2 + random.Next(2); extra > 0; extra--)
        {
            functions |= 1 << Pick(ShiftBuilder.FunctionShare);
        }

        var days = Days(workDays);
        var region = Enumerable.Range(0, venues.Count).Where(v => venues[v].Region == venue.Region).ToList();
        var access = random.NextDouble() < 0.92 ? region.Aggregate(0UL, (m, v) => m | (1UL << v)) : (1UL << anchor) | (1UL << region[random.Next(region.Count)]);
        var preferred = (1UL << anchor) | (random.NextDouble() < 0.4 ? 1UL << region[random.Next(region.Count)] : 0);
        return new Volunteer(
            id, venue.Region, lat, lon, Languages(tahiti), functions, Gender(), days, access,
            (60 + random.Next(61)) * 60, Math.Min(10, workDays.Count), preferred, 1 << primary, withMate ? id - 1 : -1);
    }

    private List<DayWindow> Days(SortedSet<int> workDays)
    {
        var wanted = Math.Min(spec.Days, 12 + random.Next(9));
        var picked = workDays.OrderBy(_ => random.Next()).Take(wanted).ToHashSet();
        while (picked.Count < wanted)
        {
            picked.Add(random.Next(spec.Days));
        }

        var (from, to) = random.NextDouble() switch
        {
            < 0.80 => (6 * 60, 24 * 60),
            < 0.92 => (6 * 60, 17 * 60),
            _ => (12 * 60, 24 * 60),
        };
        return picked.Order().Select(d => new DayWindow(d, from, to)).ToList();
    }

    private int Languages(bool tahiti)
    {
        var mask = random.NextDouble() < 0.92 ? 1 : 0;
        if (mask == 0 || random.NextDouble() < 0.65)
        {
            mask |= 1 << 1;
        }

        if (tahiti && random.NextDouble() < 0.6)
        {
            mask |= 1 << 13;
        }

        foreach (var (language, share) in _otherLanguages)
        {
            mask |= random.NextDouble() < share ? 1 << language : 0;
        }

        return mask;
    }

    private char Gender() => random.NextDouble() switch { < 0.52 => 'F', < 0.98 => 'M', _ => 'X' };

    private (double Lat, double Lon) Home(RosterVenue venue, double sigmaKm)
    {
        // Box-Muller, clamped so that everyone drawn for a venue lives within 45 km of it.
        var r = Math.Min(45, sigmaKm * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())));
        var angle = 2 * Math.PI * random.NextDouble();
        var lat = venue.Latitude + (r * Math.Sin(angle) / 111.0);
        var lon = venue.Longitude + (r * Math.Cos(angle) / (111.0 * Math.Cos(venue.Latitude * Math.PI / 180)));
        return (lat, lon);
    }

    private int Pick(double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
