namespace Olympics.Orleans.Contracts.Rostering;

/// <summary>One shift as an import carries it (a JSON array element, or a row of shifts.csv).</summary>
/// <param name="Id">The shift's id, unique in the import.</param>
/// <param name="Venue">The venue code.</param>
/// <param name="Function">The volunteer function.</param>
/// <param name="Date">The day in the venue's local time, yyyy-MM-dd.</param>
/// <param name="Start">Start, HH:mm local time.</param>
/// <param name="End">End, HH:mm local time (24:00 at most), after the start.</param>
/// <param name="Demand">People needed, 1 or more.</param>
/// <param name="Languages">Languages every person on the shift must speak.</param>
/// <param name="Team">The team the shift belongs to (gender balance and continuity are per team).</param>
public sealed record ShiftRecord(string Id, string Venue, string Function, string Date, string Start, string End, int Demand, IReadOnlyList<string> Languages, string Team);
