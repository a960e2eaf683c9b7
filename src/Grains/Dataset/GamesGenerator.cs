namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// Generates a Paris-2024-like Games as plain data: pure and seeded, so the same spec always gives the same Games
/// (no clock, no Guid, every random source derived from the seed).
/// </summary>
public static class GamesGenerator
{
    public static GamesDataset Generate(GamesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!(spec.Scale > 0 && spec.Scale <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.Scale, "Scale must be above 0 and at most 1.");
        }

        var plans = DisciplineCatalog.All;
        var venues = VenueCatalog.All;
        var (events, sessions) = new ScheduleBuilder(spec, venues.ToDictionary(v => v.Code)).Build(plans);
        var numbers = new AccreditationNumbers(spec.Seed);
        var athletes = new AthleteBuilder(spec, numbers).Build(plans, events);
        var access = new AccessPlan(spec, plans, events, sessions);
        var sports = plans.ToDictionary(p => p.Discipline.Code, p => p.Discipline.Sport);
        var accreditations = new AccreditationBuilder(access, numbers, sports).Build(athletes);
        return new GamesDataset(
            spec, venues, NocCatalog.All, plans.Select(p => p.Discipline).ToList(), events, sessions, athletes, accreditations);
    }
}
