using Olympics.Orleans.Contracts.Medals;
using Olympics.Orleans.GrainInterfaces.Medals;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Medals;

/// <summary>Field rules for medals commands; each failure names the field and the reason.</summary>
internal static class MedalsRules
{
    public static void ValidateVersion(int version)
    {
        if (version < 1)
        {
            throw new InvalidCommandException("version", $"A version is 1 or more, not {version}.");
        }
    }

    /// <summary>An event-level RSC: 22 characters, then only '-'.</summary>
    public static string EventRsc(string? value)
    {
        var rsc = Codes.Rsc(value, "event");
        return rsc.Code[22..].Trim('-').Length == 0 && rsc.Code[4..22].Trim('-').Length > 0
            ? rsc.Code
            : throw new InvalidCommandException("event", $"'{value}' is not an event: an event code has 22 characters padded with '-'.");
    }

    /// <summary>The lines by rank then NOC; each NOC once, counts not negative, the total their sum.</summary>
    public static MedalLine[] Lines(IReadOnlyList<MedalLine>? lines)
    {
        if (lines is null)
        {
            throw new InvalidCommandException("lines", "Lines are required; send an empty list for none.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var field = $"lines[{i}]";
            var line = lines[i] ?? throw new InvalidCommandException(field, "A line is required.");
            if (!seen.Add(Codes.Noc(line.Noc, $"{field}.noc")))
            {
                throw new InvalidCommandException($"{field}.noc", $"NOC {line.Noc} has two lines.");
            }

            if (line.Rank < 1 || line.Gold < 0 || line.Silver < 0 || line.Bronze < 0)
            {
                throw new InvalidCommandException(field, "A rank is 1 or more and medal counts are not negative.");
            }

            if (line.Total != line.Gold + line.Silver + line.Bronze)
            {
                throw new InvalidCommandException($"{field}.total", $"The total of {line.Noc} is {line.Total}, not the sum of its medals ({line.Gold + line.Silver + line.Bronze}).");
            }
        }

        return [.. lines.OrderBy(l => l.Rank).ThenBy(l => l.Noc, StringComparer.Ordinal)];
    }

    /// <summary>The medallists, gold first; each competitor once per medal.</summary>
    public static Medallist[] Medallists(IReadOnlyList<Medallist>? medallists)
    {
        if (medallists is null)
        {
            throw new InvalidCommandException("medallists", "Medallists are required; send an empty list for none.");
        }

        var seen = new HashSet<(MedalType, string)>();
        for (var i = 0; i < medallists.Count; i++)
        {
            var field = $"medallists[{i}]";
            var medallist = medallists[i] ?? throw new InvalidCommandException(field, "A medallist is required.");
            if (!Enum.IsDefined(medallist.Medal))
            {
                throw new InvalidCommandException($"{field}.medal", $"'{medallist.Medal}' is not a medal.");
            }

            if (medallist.Competitor is not { Length: > 0 and <= 40 } code || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw new InvalidCommandException($"{field}.competitor", $"'{medallist.Competitor}' is not a competitor code: 1 to 40 letters, digits or '-'.");
            }

            Codes.Noc(medallist.Noc, $"{field}.noc");
            if (!seen.Add((medallist.Medal, code)))
            {
                throw new InvalidCommandException($"{field}.competitor", $"Competitor {code} has the {medallist.Medal} medal twice.");
            }
        }

        return [.. medallists.OrderBy(m => m.Medal)];
    }
}
