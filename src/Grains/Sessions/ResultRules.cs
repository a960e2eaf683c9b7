using Olympics.Orleans.Contracts.Athletes;
using Olympics.Orleans.GrainInterfaces.Athletes;
using Olympics.Orleans.Contracts.Reference;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>
/// Rules for result entries: fields first (400 naming the entry), then the start list (409). Entries from ODF are the
/// results system's word: they need not be on the start list (a lost START_LIST version, a substitute), and their IRM is
/// any code of ODF's form, since the lists kept here are the disciplines' usual marks, not all of them.
/// </summary>
internal static class ResultRules
{
    /// <summary>The entries, checked as the HTTP API's, or as ODF's when <paramref name="fromOdf"/>.</summary>
    public static UnitResultEntry[] Validate(IReadOnlyList<UnitResultEntry>? entries, SessionUnit unit, string discipline, bool fromOdf = false)
    {
        if (entries is null)
        {
            throw new InvalidCommandException("results", "Results are required; send an empty list for none.");
        }

        var unitRsc = Codes.Rsc(unit.Rsc, "unit");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = new UnitResultEntry[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"results[{i}]";
            var entry = entries[i] ?? throw new InvalidCommandException(field, "An entry is required.");
            if (!seen.Add(AthleteId.Validate(entry.Athlete, $"{field}.athlete")))
            {
                throw new InvalidCommandException($"{field}.athlete", $"Athlete {entry.Athlete} has two entries.");
            }

            if (entry.Rank is < 1)
            {
                throw new InvalidCommandException($"{field}.rank", "A rank is 1 or more.");
            }

            SessionRules.ValidateText(entry.Mark, $"{field}.mark", 50, required: false);
            var irm = entry.Irm is null ? null : fromOdf ? OdfIrm(entry.Irm, $"{field}.irm") : Irm.Validate(discipline, entry.Irm, $"{field}.irm");
            var qualifiedFor = entry.QualifiedFor is null ? null : LaterPhase(entry, unitRsc, $"{field}.qualifiedFor");
            valid[i] = entry with { Mark = entry.Mark?.Trim() is { Length: > 0 } mark ? mark : null, Irm = irm, QualifiedFor = qualifiedFor };
        }

        var stranger = fromOdf ? null : valid.FirstOrDefault(e => !unit.StartList.Contains(e.Athlete, StringComparer.Ordinal));
        return stranger is null
            ? valid
            : throw new CommandRejectedException($"Athlete {stranger.Athlete} is not on the start list of unit {unit.Rsc}.");
    }

    private static string OdfIrm(string irm, string field) =>
        irm is { Length: > 0 and <= 10 } && irm.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            ? irm
            : throw new InvalidCommandException(field, $"'{irm}' is not an IRM code: 1 to 10 upper-case letters or digits, e.g. DNF.");

    private static string LaterPhase(UnitResultEntry entry, Rsc unit, string field)
    {
        var phase = Codes.Rsc(entry.QualifiedFor, field);
        if (phase.IsUnit || phase.Phase.Trim('-').Length == 0)
        {
            throw new InvalidCommandException(field, $"'{phase}' is not a phase: it needs a phase part and no unit part.");
        }

        if (phase.EventCode != unit.EventCode || phase.Phase == unit.Phase)
        {
            throw new InvalidCommandException(field, $"'{phase}' is not another phase of event {unit.EventCode}.");
        }

        return entry.Eliminated
            ? throw new InvalidCommandException(field, "An eliminated athlete cannot qualify.")
            : phase.Code;
    }
}
