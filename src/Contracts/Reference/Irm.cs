namespace Olympics.Orleans.Contracts.Reference;

/// <summary>
/// Invalid result marks (IRM) per discipline, as ODF defines them: athletics DNS, DNF, DQ, NM; the cycling
/// disciplines add OTL, OVL and LAP to those; badminton DSQ, DQB, RET, WDN; the equestrian disciplines EL, RT, WD.
/// Other disciplines accept <see cref="Default"/> until their own lists are added here.
/// </summary>
public static class Irm
{
    /// <summary>The marks of a discipline without its own list: did not start, did not finish, disqualified.</summary>
    public static IReadOnlyList<string> Default { get; } = ["DNS", "DNF", "DSQ"];

    private static readonly string[] _athletics = ["DNS", "DNF", "DQ", "NM"];
    private static readonly string[] _cycling = [.. _athletics, "OTL", "OVL", "LAP"];
    private static readonly string[] _equestrian = ["EL", "RT", "WD"];

    private static readonly Dictionary<string, IReadOnlyList<string>> _byDiscipline = new(StringComparer.Ordinal)
    {
        ["ATH"] = _athletics,
        ["CRD"] = _cycling, // road
        ["CTR"] = _cycling, // track
        ["MTB"] = _cycling,
        ["BMX"] = _cycling,
        ["BMF"] = _cycling,
        ["BDM"] = ["DSQ", "DQB", "RET", "WDN"],
        ["EDR"] = _equestrian, // dressage
        ["EJP"] = _equestrian, // jumping
        ["EVE"] = _equestrian, // eventing
    };

    /// <summary>The IRM codes a discipline (e.g. ATH) accepts.</summary>
    public static IReadOnlyList<string> For(string discipline) =>
        _byDiscipline.TryGetValue(discipline, out var codes) ? codes : Default;

    /// <summary>Throws <see cref="InvalidCommandException"/> unless <paramref name="irm"/> is one of the discipline's codes.</summary>
    /// <returns>The code.</returns>
    public static string Validate(string discipline, string? irm, string field = "irm")
    {
        var codes = For(discipline);
        return irm is not null && codes.Contains(irm, StringComparer.Ordinal)
            ? irm
            : throw new InvalidCommandException(field, $"'{irm}' is not an IRM code of {discipline}: expected one of {string.Join(", ", codes)}.");
    }
}
