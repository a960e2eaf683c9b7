using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>The full-scale Games holds together: codes are valid and every reference points at something that exists.</summary>
public sealed class GamesGeneratorIntegrityTests
{
    private readonly GamesDataset _games = FullGames.Dataset;

    [Fact]
    public void Every_event_phase_and_unit_code_is_a_valid_RSC_at_its_level()
    {
        foreach (var e in _games.Events)
        {
            var rsc = Codes.Rsc(e.Rsc);
            rsc.IsUnit.ShouldBeFalse();
            rsc.EventCode.ShouldBe(e.Rsc);
            rsc.Discipline.ShouldBe(e.Discipline);
            foreach (var phase in e.Phases)
            {
                Codes.Rsc(phase.Rsc).PhaseCode.ShouldBe(phase.Rsc);
                Codes.Rsc(phase.Rsc).EventCode.ShouldBe(e.Rsc);
                phase.Units.ShouldAllBe(u => Codes.Rsc(u.Rsc, "rsc").IsUnit && Codes.Rsc(u.Rsc, "rsc").PhaseCode == phase.Rsc);
            }
        }

        _games.Events.Select(e => e.Rsc).ShouldBeUnique();
        _games.Units.Select(u => u.Rsc).ShouldBeUnique();
    }

    [Fact]
    public void Every_discipline_has_events_and_every_session_code_is_valid_and_unique()
    {
        _games.Disciplines.ShouldAllBe(d => _games.Events.Any(e => e.Discipline == d.Code));
        _games.Sessions.ShouldAllBe(s => Codes.Session(s.Code, "session") == s.Code && s.Code.StartsWith(s.Discipline, StringComparison.Ordinal));
        _games.Sessions.Select(s => s.Code).ShouldBeUnique();
    }

    [Fact]
    public void Every_unit_belongs_to_exactly_one_session_and_lies_within_it()
    {
        var sessions = _games.Sessions.ToDictionary(s => s.Code);
        var listed = _games.Sessions.SelectMany(s => s.Units).ToList();

        listed.ShouldBeUnique();
        listed.Order(StringComparer.Ordinal).ShouldBe(_games.Units.Select(u => u.Rsc).Order(StringComparer.Ordinal));
        _games.Sessions.ShouldAllBe(s => s.Units.Count > 0);
        foreach (var unit in _games.Units)
        {
            var session = sessions[unit.Session];
            session.Units.ShouldContain(unit.Rsc);
            unit.Start.ShouldBeGreaterThanOrEqualTo(session.Start);
            unit.End.ShouldBeLessThanOrEqualTo(session.End);
        }
    }

    [Fact]
    public void Every_session_is_at_a_venue_of_its_discipline_and_stored_in_UTC()
    {
        var venues = _games.Disciplines.ToDictionary(d => d.Code, d => d.Venues);

        _games.Sessions.ShouldAllBe(s => venues[s.Discipline].Contains(s.Venue) && _games.Venues.Any(v => v.Code == s.Venue));
        _games.Sessions.ShouldAllBe(s => s.Start.Offset == TimeSpan.Zero && s.End > s.Start);
    }

    [Fact]
    public void Athletes_belong_to_existing_NOCs_and_enter_events_of_their_discipline_open_to_their_gender()
    {
        var nocs = _games.Nocs.Select(n => n.Code).ToHashSet();
        var events = _games.Events.ToDictionary(e => e.Rsc);

        _games.Athletes.Select(a => a.Id).ShouldBeUnique();
        _games.Athletes.Where(a =>
                !nocs.Contains(a.Noc)
                || a.Gender is not ('M' or 'W')
                || a.Events.Count == 0
                || a.Events.Any(rsc => events[rsc].Discipline != a.Discipline || events[rsc].Gender is not ('X' or 'O') && events[rsc].Gender != a.Gender))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Each_athlete_has_an_athlete_accreditation_for_the_venues_of_their_disciplines_sessions()
    {
        var accreditations = _games.Accreditations.ToDictionary(a => a.Number);

        var venues = _games.Sessions.GroupBy(s => s.Discipline).ToDictionary(g => g.Key, g => g.Select(s => s.Venue).ToHashSet());

        _games.Athletes.Where(a =>
                !accreditations.TryGetValue(a.Accreditation, out var card)
                || card.Category != AccreditationCategory.Athlete
                || card.Function != "AA01"
                || card.Noc != a.Noc
                || !venues[a.Discipline].SetEquals(card.Venues))
            .ShouldBeEmpty();
    }

    // 600,000 cards: the rules are checked in plain code and the breaches collected, so a failure lists them.
    [Fact]
    public void Accreditations_are_valid_within_a_month_of_the_Games_and_grant_existing_venues_and_zones()
    {
        var zones = _games.Venues.ToDictionary(v => v.Code, v => v.Zones.ToHashSet());
        var nocs = _games.Nocs.Select(n => n.Code).ToHashSet();

        var breaches = _games.Accreditations.Where(card =>
                card.ValidFrom > card.ValidUntil
                || card.ValidFrom < new DateOnly(2024, 6, 26)
                || card.ValidUntil > new DateOnly(2024, 9, 11)
                || (card.AllVenues == card.Venues.Count > 0)
                || card.Venues.Any(v => !card.Zones.All(zones[v].Contains))
                || (card.Noc.Length > 0 && !nocs.Contains(card.Noc)))
            .Take(5)
            .ToList();

        breaches.ShouldBeEmpty();
    }
}
