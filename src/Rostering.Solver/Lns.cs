using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Solver;

/// <summary>
/// Large-neighbourhood search: workers repeatedly take some teams of a venue-day (most often one with unfilled
/// places), release them, re-solve that piece with CP-SAT and keep the answer when it scores better. Workers run in
/// parallel on pieces that share no volunteer: each claims its volunteers and venue-day while it works.
/// </summary>
internal sealed class Lns
{
    private readonly Schedule _schedule;
    private readonly Eligibility _eligibility;
    private readonly SolveOptions _options;
    private readonly Lock _gate = new();
    private readonly bool[] _claimed;
    private readonly HashSet<(int Venue, int Day)> _claimedDays = [];
    private readonly Dictionary<(int Venue, int Day), Dictionary<int, List<Shift>>> _teams;
    private long _steps;
    private long _accepted;
    private long _gained;

    public Lns(Schedule schedule, Eligibility eligibility, SolveOptions options)
    {
        _schedule = schedule;
        _eligibility = eligibility;
        _options = options;
        _claimed = new bool[schedule.Instance.Volunteers.Count];
        _teams = schedule.Instance.Shifts.GroupBy(s => (s.Venue, s.Day))
            .ToDictionary(g => g.Key, g => g.GroupBy(s => s.Function).ToDictionary(f => f.Key, f => f.ToList()));
    }

    public long Steps => Interlocked.Read(ref _steps);

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Gained => Interlocked.Read(ref _gained);

    /// <summary>Searches until <paramref name="deadline"/>, reporting progress about once a second.</summary>
    public void Run(DateTime deadline, IProgress<SolveProgress>? progress, DateTime started, CancellationToken ct)
    {
        var workers = Enumerable.Range(0, Math.Max(1, _options.Workers))
            .Select(w => Task.Run(() => Work(new Random((_options.Seed * 997) + w), deadline, ct), ct)).ToArray();
        while (!Task.WaitAll(workers, TimeSpan.FromSeconds(1)))
        {
            progress?.Report(new SolveProgress("search", DateTime.UtcNow - started, Steps, Filled(), Gained));
        }

        progress?.Report(new SolveProgress("search", DateTime.UtcNow - started, Steps, Filled(), Gained));
    }

    private long Filled()
    {
        lock (_gate)
        {
            return _schedule.Crew.Sum(c => (long)c.Count);
        }
    }

    private void Work(Random random, DateTime deadline, CancellationToken ct)
    {
        while (DateTime.UtcNow < deadline && !ct.IsCancellationRequested)
        {
            Neighbourhood? n;
            lock (_gate)
            {
                n = Claim(random);
            }

            if (n is null)
            {
                continue;
            }

            var seconds = Math.Min(_options.SubProblemSeconds, Math.Max(0.05, (deadline - DateTime.UtcNow).TotalSeconds));
            var (chosen, score, current) = SubProblem.Solve(n, _schedule.Instance, seconds);
            lock (_gate)
            {
                var better = score < current;
                foreach (var (v, s) in better ? chosen : n.Current)
                {
                    if (!_schedule.CanTake(v, s))
                    {
                        throw new InvalidOperationException($"Volunteer {v} cannot take shift {s.Id} chosen by the sub-problem.");
                    }

                    _schedule.Assign(v, s);
                }

                Release(n);
                _steps++;
                if (better)
                {
                    _accepted++;
                    _gained += current - score;
                }
            }
        }
    }

    private Neighbourhood? Claim(Random random)
    {
        var shifts = _schedule.Instance.Shifts;
        var seed = shifts[random.Next(shifts.Count)];
        for (var tries = 0; tries < 30 && _schedule.Crew[seed.Id].Count >= seed.Demand; tries++)
        {
            seed = shifts[random.Next(shifts.Count)];
        }

        if (!_claimedDays.Add((seed.Venue, seed.Day)))
        {
            return null;
        }

        var picked = Pick(random, seed);
        var current = picked.SelectMany(s => _schedule.Crew[s.Id].Select(v => (v, s))).ToList();
        if (current.Any(c => _claimed[c.v]))
        {
            _claimedDays.Remove((seed.Venue, seed.Day));
            return null;
        }

        var volunteers = current.Select(c => c.v).ToHashSet();
        foreach (var s in picked)
        {
            AddFree(random, s, volunteers);
        }

        foreach (var v in volunteers)
        {
            _claimed[v] = true;
        }

        foreach (var (v, s) in current)
        {
            _schedule.Release(v, s);
        }

        var pairs = new List<(int, Shift, int)>();
        foreach (var s in picked)
        {
            var eligible = _eligibility.For(s);
            foreach (var v in volunteers)
            {
                if (Array.BinarySearch(eligible, v) >= 0 && _schedule.CanTake(v, s))
                {
                    pairs.Add((v, s, PairCost.Of(_schedule, _eligibility, v, s)));
                }
            }
        }

        return new Neighbourhood(seed.Venue, seed.Day, picked, volunteers.ToList(), pairs, current);
    }

    /// <summary>The seed's team and, while the piece is small, other teams of the same venue-day.</summary>
    private List<Shift> Pick(Random random, Shift seed)
    {
        var teams = _teams[(seed.Venue, seed.Day)];
        var picked = new List<Shift>(teams[seed.Function]);
        foreach (var f in teams.Keys.Where(f => f != seed.Function).OrderBy(_ => random.Next()))
        {
            if (picked.Sum(s => s.Demand) >= _options.NeighbourhoodPlaces)
            {
                break;
            }

            picked.AddRange(teams[f]);
        }

        return picked;
    }

    private void AddFree(Random random, Shift s, HashSet<int> volunteers)
    {
        var list = _eligibility.For(s);
        if (list.Length == 0)
        {
            return;
        }

        var wanted = Math.Max(6, 2 * s.Demand);
        var start = random.Next(list.Length);
        for (var k = 0; k < list.Length && wanted > 0; k++)
        {
            var v = list[(start + k) % list.Length];
            if (!_claimed[v] && !volunteers.Contains(v) && _schedule.CanTake(v, s))
            {
                volunteers.Add(v);
                wanted--;
            }
        }
    }

    private void Release(Neighbourhood n)
    {
        foreach (var v in n.Volunteers)
        {
            _claimed[v] = false;
        }

        _claimedDays.Remove((n.Venue, n.Day));
    }
}
