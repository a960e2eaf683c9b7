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
    private readonly HashSet<int> _claimedShifts = [];
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
            // A dedicated thread per worker (not the pool's): CP-SAT allocates on the calling thread, and every new thread
            // that allocates natively gets its own malloc arena, which grew the process by hundreds of MB.
            .Select(w => Task.Factory.StartNew(() => Work(new Random((_options.Seed * 997) + w), deadline, ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
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
        while (DateTime.UtcNow < deadline && !ct.IsCancellationRequested && (_options.MaxSteps is not { } most || Steps < most))
        {
            var seconds = Math.Min(_options.SubProblemSeconds, Math.Max(0.05, (deadline - DateTime.UtcNow).TotalSeconds));
            Neighbourhood? n;
            CrossDayProblem? cross = null;
            lock (_gate)
            {
                var seed = Seed(random);
                var open = _schedule.Crew[seed.Id].Count < seed.Demand;
                n = open && random.Next(2) == 0 ? null : Claim(random, seed);
                cross = n is null && open ? ClaimCrossDay(random, seed) : null;
            }

            if (n is not null)
            {
                var (chosen, score, current) = SubProblem.Solve(n, _schedule.Instance, seconds);
                Apply(chosen, n.Current, score, current, n.Volunteers, n.Shifts, (n.Venue, n.Day));
            }
            else if (cross is not null)
            {
                var (chosen, score, current) = cross.Solve(_schedule.Instance, seconds);
                Apply(chosen, cross.Current, score, current, cross.Volunteers, cross.Room.Keys.Select(id => _schedule.Instance.Shifts[id]).ToList(), null);
            }

            NativeHeap.Trim();
        }
    }

    private void Apply(
        List<(int Volunteer, Shift Shift)> chosen, IReadOnlyList<(int Volunteer, Shift Shift)> current, long score, long currentScore,
        IEnumerable<int> volunteers, IEnumerable<Shift> shifts, (int Venue, int Day)? day)
    {
        lock (_gate)
        {
            var better = score < currentScore;
            foreach (var (v, s) in better ? chosen : current)
            {
                if (!_schedule.CanTake(v, s))
                {
                    throw new InvalidOperationException($"Volunteer {v} cannot take shift {s.Id} chosen by the sub-problem.");
                }

                _schedule.Assign(v, s);
            }

            foreach (var v in volunteers)
            {
                _claimed[v] = false;
            }

            foreach (var s in shifts)
            {
                _claimedShifts.Remove(s.Id);
            }

            if (day is { } key)
            {
                _claimedDays.Remove(key);
            }

            _steps++;
            if (better)
            {
                _accepted++;
                _gained += currentScore - score;
            }
        }
    }

    /// <summary>A shift to start from: one with an open place when a few draws find one.</summary>
    private Shift Seed(Random random)
    {
        var shifts = _schedule.Instance.Shifts;
        var seed = shifts[random.Next(shifts.Count)];
        for (var tries = 0; tries < 30 && _schedule.Crew[seed.Id].Count >= seed.Demand; tries++)
        {
            seed = shifts[random.Next(shifts.Count)];
        }

        return seed;
    }

    private Neighbourhood? Claim(Random random, Shift seed)
    {
        if (_claimedDays.Contains((seed.Venue, seed.Day)))
        {
            return null;
        }

        var picked = Pick(random, seed);
        var current = picked.SelectMany(s => _schedule.Crew[s.Id].Select(v => (v, s))).ToList();
        if (current.Any(c => _claimed[c.v]) || picked.Any(s => _claimedShifts.Contains(s.Id)))
        {
            return null;
        }

        _claimedDays.Add((seed.Venue, seed.Day));
        _claimedShifts.UnionWith(picked.Select(s => s.Id));

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

        // Members of the picked teams on the day's shifts left out still weigh in their team's gender balance.
        var ids = picked.Select(s => s.Id).ToHashSet();
        var fixedBalance = picked.Select(s => s.Function).Distinct().SelectMany(f => _teams[(seed.Venue, seed.Day)][f]).Where(s => !ids.Contains(s.Id))
            .GroupBy(s => s.Team).ToDictionary(g => g.Key, g => g.Sum(s => _schedule.Crew[s.Id].Sum(v => PairCost.GenderSign(_schedule.Instance.Volunteers[v]))));
        return new Neighbourhood(seed.Venue, seed.Day, picked, volunteers.ToList(), pairs, current, fixedBalance);
    }

    /// <summary>
    /// The seed's team and, while the piece is small, other teams of the same venue-day. A team larger than the piece
    /// (a stadium's spectator services: up to ~1,000 places a day) is taken in part: the seed and the team's shifts
    /// nearest it in time. Whole, such a team made a CP-SAT model of hundreds of thousands of pairs that used hundreds
    /// of megabytes, ran far past its time limit and improved nothing.
    /// </summary>
    private List<Shift> Pick(Random random, Shift seed)
    {
        var teams = _teams[(seed.Venue, seed.Day)];
        var own = teams[seed.Function];
        if (own.Sum(s => s.Demand) > _options.NeighbourhoodPlaces)
        {
            var part = new List<Shift>();
            foreach (var s in own.OrderBy(s => s.Id == seed.Id ? -1 : Math.Abs(s.StartUtc - seed.StartUtc)).ThenBy(s => s.Id))
            {
                if (part.Sum(p => p.Demand) >= _options.NeighbourhoodPlaces)
                {
                    break;
                }

                part.Add(s);
            }

            return part;
        }

        var picked = new List<Shift>(own);
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

    /// <summary>Up to six volunteers who could fill the seed's open place, all their shifts, and open places they could take.</summary>
    private CrossDayProblem? ClaimCrossDay(Random random, Shift seed)
    {
        var instance = _schedule.Instance;
        var list = _eligibility.For(seed);
        if (list.Length == 0 || _claimedShifts.Contains(seed.Id))
        {
            return null;
        }

        var volunteers = new List<int>();
        var start = random.Next(list.Length);
        for (var k = 0; k < list.Length && volunteers.Count < 6; k++)
        {
            var v = list[(start + k) % list.Length];
            if (!_claimed[v] && _schedule.Fits(v, seed))
            {
                volunteers.Add(v);
            }
        }

        var current = volunteers.SelectMany(v => Enumerable.Range(0, instance.Days).Select(d => _schedule.ShiftOn(v, d)).Where(s => s >= 0).Select(s => (v, instance.Shifts[s]))).ToList();
        var open = instance.Shifts.Where(s => _schedule.Crew[s.Id].Count < s.Demand && !_claimedShifts.Contains(s.Id)).ToList();
        // Each volunteer may take any shift another of them has now (a chain of moves) or an open place near them.
        var held = current.Select(c => c.Item2).DistinctBy(s => s.Id).ToList();
        var candidates = new List<(int, Shift)>(current);
        foreach (var v in volunteers)
        {
            candidates.AddRange(open.Where(s => s.Id != seed.Id && _schedule.Fits(v, s) && Array.BinarySearch(_eligibility.For(s), v) >= 0)
                .OrderBy(s => PairCost.Static(instance, _eligibility, v, s)).Take(20).Append(seed)
                .Concat(held.Where(s => _schedule.Fits(v, s) && Array.BinarySearch(_eligibility.For(s), v) >= 0)).Select(s => (v, s)));
        }

        candidates = candidates.Distinct().ToList();
        var shifts = candidates.Select(c => c.Item2).DistinctBy(s => s.Id).ToList();
        if (shifts.Any(s => _claimedShifts.Contains(s.Id)))
        {
            return null;
        }

        foreach (var v in volunteers)
        {
            _claimed[v] = true;
        }

        _claimedShifts.UnionWith(shifts.Select(s => s.Id));
        foreach (var (v, s) in current)
        {
            _schedule.Release(v, s);
        }

        var pairs = candidates.Where(c => _schedule.CanTake(c.Item1, c.Item2))
            .Select(c => (c.Item1, c.Item2, PairCost.Static(instance, _eligibility, c.Item1, c.Item2))).ToList();
        var room = shifts.ToDictionary(s => s.Id, s => s.Demand - _schedule.Crew[s.Id].Count);
        var balance = shifts.Select(s => (s.Team, s.Day, s.Venue, s.Function)).Distinct().ToDictionary(
            t => (t.Team, t.Day),
            t => _teams[(t.Venue, t.Day)][t.Function].Sum(s => _schedule.Crew[s.Id].Sum(v => PairCost.GenderSign(instance.Volunteers[v]))));
        return new CrossDayProblem(volunteers, pairs, current, room, balance);
    }
}
