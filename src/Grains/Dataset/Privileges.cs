namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// The card each function gets: whose delegation, which venues and zones, which days, transport and dining.
/// Zones: 1 field of play, 2 athletes' area, 3 warm-up, 4 officials, 5 media tribune, 6 broadcast, 7 VIP, 8 service.
/// </summary>
internal sealed class Privileges(AccessPlan plan)
{
    private static readonly int[] _team = [1, 2, 3];
    private static readonly int[][] _volunteer = [[3], [4], [5], [6], [3, 6]];
    private static readonly int[][] _contractor = [[], [], [6], [8], [6, 8]];
    private readonly WeightedPick _nocs = new(NocCatalog.Weight);
    private readonly Venues _venues = new(plan.VenueCodes);
    private readonly DateOnly _first = plan.Spec.FirstDay;
    private readonly DateOnly _last = plan.Spec.LastDay;

    // Cards work as an entry visa from a month before the Games to a month after; nothing is valid longer.
    private readonly DateOnly _monthBefore = plan.Spec.Opening.AddMonths(-1);
    private readonly DateOnly _monthAfter = plan.Spec.LastDay.AddMonths(1);

    public Card For(AccreditationQuota quota, string discipline, string sport, Random r) => quota.Function switch
    {
        "AP01" or "AO01" => Team(r, discipline),
        "E" => Media(r, true, [4, 5]),
        "EP" => Media(r, true, [1, 4, 5]),
        "ET" => Media(r, false, [4, 5, 6]),
        "EC" or "ENR" => Media(r, false, [5]),
        "RT" => Broadcaster(r),
        "TO" => Official(r, discipline, OrganisationCatalog.InternationalFederation(sport), [1, 2, 4], "TF"),
        "IF" => Official(r, discipline, OrganisationCatalog.InternationalFederation(sport), [1, 2, 4, 7], "T2"),
        "NOC" => NocStaff(r),
        "VOL" => Volunteer(r),
        "WF" => Workforce(r),
        _ => Contractor(r),
    };

    public static string OlympicCommittee(string noc) => OrganisationCatalog.OlympicCommittee(NocCatalog.ByCode[noc]);

    private GamesNoc Noc(Random r) => NocCatalog.All[_nocs.Next(r)];

    // Most of the host's own people live in France; the rest come from everywhere.
    private string LocalRegion(Random r, int localPercent) => r.Next(100) < localPercent ? "FR" : Noc(r).Region;

    private Card Team(Random r, string discipline)
    {
        var noc = Noc(r);
        var (first, last) = plan.DisciplineDays[discipline];
        return new(noc, noc.Region, OrganisationCatalog.OlympicCommittee(noc), first.AddDays(-5), last.AddDays(3),
            false, plan.DisciplineVenues[discipline], _team, "TA", true);
    }

    private Card Media(Random r, bool all, int[] zones)
    {
        var noc = Noc(r);
        return new(noc, noc.Region, OrganisationCatalog.Media[r.Next(OrganisationCatalog.Media.Count)], _first.AddDays(-10), _last.AddDays(2),
            all, all ? [] : _venues.Some(r, 3), zones, "TM", false);
    }

    private Card Broadcaster(Random r)
    {
        var organisation = OrganisationCatalog.Broadcasters[r.Next(OrganisationCatalog.Broadcasters.Count)];
        var all = r.Next(10) < 3;
        return new(null, Noc(r).Region, organisation, _monthBefore, _last.AddDays(5),
            all, all ? [] : _venues.Some(r, 2), [1, 6], "TM", organisation == OrganisationCatalog.Broadcasters[0]);
    }

    private Card Official(Random r, string discipline, string federation, int[] zones, string transport)
    {
        var (first, last) = plan.DisciplineDays[discipline];
        return new(null, Noc(r).Region, federation, first.AddDays(-7), last.AddDays(2),
            false, plan.DisciplineVenues[discipline], zones, transport, true);
    }

    private Card NocStaff(Random r)
    {
        var noc = Noc(r);
        var chef = r.Next(100) < 15;
        return new(noc, noc.Region, OrganisationCatalog.OlympicCommittee(noc), _first.AddDays(-20), _last.AddDays(3),
            chef, chef ? [] : _venues.Some(r, 3), [2, 3, 7], chef ? "T2" : "TA", true);
    }

    private Card Volunteer(Random r)
    {
        // Volunteers serve at least 10 days, at one venue.
        var from = _first.AddDays(-14 + r.Next(23));
        return new(null, LocalRegion(r, 85), "Paris 2024 Volunteers", from, from.AddDays(10 + r.Next(15)),
            false, _venues.Some(r, 1), _volunteer[r.Next(_volunteer.Length)], "", true);
    }

    private Card Workforce(Random r)
    {
        var all = r.Next(10) < 2;
        return new(null, LocalRegion(r, 90), OrganisationCatalog.Workforce[r.Next(OrganisationCatalog.Workforce.Count)],
            _monthBefore, _monthAfter, all, all ? [] : _venues.Some(r, 2), Zones(r),
            r.Next(10) == 0 ? "T3" : "", r.Next(2) == 0);
    }

    private Card Contractor(Random r)
    {
        var from = _monthBefore.AddDays(r.Next(21));
        return new(null, LocalRegion(r, 80), OrganisationCatalog.Contractors[r.Next(OrganisationCatalog.Contractors.Count)],
            from, _last.AddDays(r.Next(21)), false, _venues.Some(r, 1), _contractor[r.Next(_contractor.Length)], "", false);
    }

    private static int[] Zones(Random r) => r.Next(10) == 0
        ? []
        : Enumerable.Range(1, 8).Where(_ => r.Next(8) < 2).DefaultIfEmpty(8).ToArray();
}
