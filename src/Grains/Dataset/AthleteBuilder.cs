namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// Draws the athletes: per discipline in proportion to its quota, NOCs by delegation size, a gender that fits
/// the event, one to three entries among the discipline's events for that gender, and names from the NOC's region.
/// </summary>
internal sealed class AthleteBuilder(GamesSpec spec, AccreditationNumbers numbers)
{
    public const int FullCount = 10_500;

    private readonly Random _random = Seeds.For(spec.Seed, Seeds.Athletes);
    private readonly WeightedPick _nocs = new(NocCatalog.Weight);

    public List<GamesAthlete> Build(IReadOnlyList<DisciplinePlan> plans, IReadOnlyList<MedalEvent> events)
    {
        var quotas = Apportion.Largest(plans.Select(p => p.AthleteQuota).ToList(), spec.Scaled(FullCount));
        var athletes = new List<GamesAthlete>();
        for (var d = 0; d < plans.Count; d++)
        {
            var own = events.Where(e => e.Discipline == plans[d].Discipline.Code).ToList();
            for (var i = 0; i < quotas[d]; i++)
            {
                athletes.Add(Athlete(athletes.Count, plans[d].Discipline.Code, own));
            }
        }

        return athletes;
    }

    private GamesAthlete Athlete(int index, string discipline, List<MedalEvent> events)
    {
        var first = events[_random.Next(events.Count)];
        var gender = first.Gender is 'M' or 'W' ? first.Gender : _random.Next(2) == 0 ? 'M' : 'W';
        var open = events.Where(e => e != first && (e.Gender == gender || e.Gender is 'X' or 'O')).ToList();
        var entries = new List<string> { first.Rsc };
        entries.AddRange(open.OrderBy(_ => _random.Next()).Take(_random.Next(3)).Select(e => e.Rsc));
        var noc = NocCatalog.All[_nocs.Next(_random)];
        var (given, family) = NameCatalog.ByRegion[noc.Region].Draw(_random, gender);
        var birth = new DateOnly(1984, 1, 1).AddDays(_random.Next(365 * 24));
        return new GamesAthlete(1_000_001 + index, noc.Code, given, family, gender, birth, discipline, entries, numbers.For(index));
    }
}
