using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Grains.Rostering.Import;
using Olympics.Orleans.Rostering.Events;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>Reads of a roster: its imports and its published revision, by the imported ids.</summary>
internal sealed record RosterQueries(RosterInput Input, Roster Roster)
{
    public RosterView View(string id) => new(
        id, Input.Volunteers.Count, Input.Shifts.Count, Input.Shifts.Sum(s => (long)s.Demand),
        Input.Shifts.Count == 0 ? null : RosterFields.Text(ShiftRows.Span(Input.Shifts).First), Roster.Revision, Roster.Assignments.Count);

    public IReadOnlyList<AssignmentRecord> Records(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => new AssignmentRecord(Input.Shifts[a.Shift].Id, Input.Volunteers[a.Volunteer].Id)).ToList();

    public VolunteerScheduleView? Schedule(string id, string volunteer)
    {
        var index = Input.Volunteers.FindIndex(v => string.Equals(v.Id, volunteer, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var shifts = Roster.Assignments.Where(a => a.Volunteer == index).Select(a => Input.Shifts[a.Shift])
            .OrderBy(s => s.Date, StringComparer.Ordinal).ThenBy(s => s.Start, StringComparer.Ordinal).ToList();
        return new VolunteerScheduleView(id, volunteer, Roster.Revision, shifts);
    }

    public VenueCoverageView? Coverage(string id, string venue)
    {
        var code = RosterFields.Venues.FirstOrDefault(v => string.Equals(v.Code, venue, StringComparison.OrdinalIgnoreCase))?.Code;
        if (code is null)
        {
            return null;
        }

        var filled = new int[Input.Shifts.Count];
        foreach (var a in Roster.Assignments)
        {
            filled[a.Shift]++;
        }

        var days = Input.Shifts.Select((s, i) => (Shift: s, Filled: filled[i]))
            .Where(p => string.Equals(p.Shift.Venue, code, StringComparison.OrdinalIgnoreCase))
            .GroupBy(p => p.Shift.Date, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CoverageDay(g.Key, g.Count(), g.Sum(p => (long)p.Shift.Demand), g.Sum(p => (long)p.Filled))).ToList();
        return new VenueCoverageView(id, code, Roster.Revision, days);
    }
}
