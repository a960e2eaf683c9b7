using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// Issues the accreditations: one per athlete first (AA01, for the venues of the athlete's discipline and the days
/// around their events), then every other function in <see cref="AccreditationQuota.Others"/>, scaled.
/// </summary>
internal sealed class AccreditationBuilder(AccessPlan plan, AccreditationNumbers numbers, IReadOnlyDictionary<string, string> sports)
{
    private static readonly int[] _athleteZones = [1, 2, 3];
    private readonly Random _random = Seeds.For(plan.Spec.Seed, Seeds.Accreditations);
    private readonly Privileges _privileges = new(plan);

    public List<GamesAccreditation> Build(IReadOnlyList<GamesAthlete> athletes)
    {
        var quotas = AccreditationQuota.Others.Select(q => (Quota: q, Count: plan.Spec.Scaled(q.Count))).ToList();
        var result = new List<GamesAccreditation>(athletes.Count + quotas.Sum(q => q.Count));
        result.AddRange(athletes.Select(Athlete));
        foreach (var (quota, count) in quotas)
        {
            for (var i = 0; i < count; i++)
            {
                result.Add(Other(quota, numbers.For(result.Count)));
            }
        }

        return result;
    }

    private GamesAccreditation Athlete(GamesAthlete a)
    {
        // Athletes arrive days before their first event and leave soon after their last.
        var (first, last) = plan.Days(a.Events);
        return new GamesAccreditation(
            a.Accreditation, $"{a.GivenName} {a.FamilyName}", AccreditationCategory.Athlete, "AA01", a.Noc,
            Privileges.OlympicCommittee(a.Noc), first.AddDays(-3 - _random.Next(4)), last.AddDays(1 + _random.Next(3)),
            false, plan.DisciplineVenues[a.Discipline], _athleteZones, "TA", true);
    }

    private GamesAccreditation Other(AccreditationQuota quota, int number)
    {
        var discipline = plan.Disciplines[_random.Next(plan.Disciplines.Length)];
        var card = _privileges.For(quota, discipline, sports[discipline], _random);
        var gender = _random.Next(2) == 0 ? 'M' : 'W';
        var (given, family) = NameCatalog.ByRegion[card.Region].Draw(_random, gender);
        return new GamesAccreditation(
            number, $"{given} {family}", quota.Category, quota.Function, card.Noc?.Code ?? "", card.Organisation, card.From, card.Until,
            card.AllVenues, card.Venues, card.Zones, card.Transport, card.Dining);
    }
}
