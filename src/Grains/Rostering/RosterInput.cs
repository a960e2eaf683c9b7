using System.Collections.Immutable;
using Olympics.Orleans.Contracts.Rostering;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>A roster's imported volunteers and shifts: the last complete import of each.</summary>
public sealed record RosterInput(ImmutableList<VolunteerRecord> Volunteers, ImmutableList<ShiftRecord> Shifts)
{
    /// <summary>Rows per import event: a few MB of JSON at most.</summary>
    public const int RowsPerEvent = 2_000;

    public static RosterInput Empty { get; } = new([], []);

    public RosterInput Evolve(IRosterInputEvent e) => e switch
    {
        VolunteersImported v => this with { Volunteers = (v.Part == 0 ? [] : Volunteers).AddRange(v.Rows) },
        ShiftsImported s => this with { Shifts = (s.Part == 0 ? [] : Shifts).AddRange(s.Rows) },
        _ => throw new ArgumentOutOfRangeException(nameof(e), e?.GetType().Name, "Not a roster input event."),
    };

    /// <summary>The events of an import: its rows in parts (one empty part for an empty import).</summary>
    public static IReadOnlyList<IRosterInputEvent> Import<T>(IReadOnlyList<T> rows, DateTimeOffset at)
    {
        var parts = Math.Max(1, (rows.Count + RowsPerEvent - 1) / RowsPerEvent);
        return Enumerable.Range(0, parts).Select(p =>
        {
            var chunk = rows.Skip(p * RowsPerEvent).Take(RowsPerEvent).ToList();
            return chunk switch
            {
                List<VolunteerRecord> v => (IRosterInputEvent)new VolunteersImported(p, parts, v, at),
                List<ShiftRecord> s => new ShiftsImported(p, parts, s, at),
                _ => throw new ArgumentException($"Not an import row: {typeof(T).Name}.", nameof(rows)),
            };
        }).ToList();
    }
}
