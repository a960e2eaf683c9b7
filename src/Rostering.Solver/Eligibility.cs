using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// Who may ever work a (venue, function): trained for it, accredited for the venue, living within the travel limit.
/// These never change during a solve, so they are computed once; everything that depends on the schedule is in
/// <see cref="Schedule"/>.
/// </summary>
internal sealed class Eligibility
{
    private readonly int[][] _byGroup;
    private readonly byte[] _travel;
    private readonly int _venues;

    public Eligibility(RosterInstance instance)
    {
        _venues = instance.Venues.Count;
        var functions = Catalogs.Functions.Count;
        var groups = Enumerable.Range(0, _venues * functions).Select(_ => new List<int>()).ToArray();
        _travel = new byte[instance.Volunteers.Count * _venues];
        foreach (var v in instance.Volunteers)
        {
            for (var venue = 0; venue < _venues; venue++)
            {
                var km = Geo.Km(v, instance.Venues[venue]);
                _travel[(v.Id * _venues) + venue] = (byte)Math.Min(255, km / 10);
                if ((v.Access & (1UL << venue)) == 0 || km > instance.Policy.MaxTravelKm)
                {
                    continue;
                }

                for (var f = 0; f < functions; f++)
                {
                    if ((v.Functions & (1 << f)) != 0)
                    {
                        groups[(venue * functions) + f].Add(v.Id);
                    }
                }
            }
        }

        _byGroup = groups.Select(g => g.ToArray()).ToArray();
    }

    /// <summary>The volunteers who may work shifts of this venue and function, by id.</summary>
    public int[] For(Shift s) => _byGroup[Group(s)];

    /// <summary>How many (venue, function) groups there are.</summary>
    public int Groups => _byGroup.Length;

    /// <summary>The shift's (venue, function) group.</summary>
    public static int Group(Shift s) => (s.Venue * Catalogs.Functions.Count) + s.Function;

    /// <summary>The volunteers of a group, by id.</summary>
    public int[] Members(int group) => _byGroup[group];

    /// <summary>Whole tens of kilometres from home to venue: the travel term of the score.</summary>
    public int TravelPoints(int volunteer, int venue) => _travel[(volunteer * _venues) + venue];
}
