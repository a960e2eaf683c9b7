namespace Olympics.Orleans.Grains.Dataset;

/// <summary>The Games' reference code lists, for the HTTP edge: the 206 NOCs and the 47 disciplines of the programme.</summary>
public static class GamesCodes
{
    /// <summary>The NOC codes (FRA, USA, AIN, EOR ...).</summary>
    public static IReadOnlySet<string> Nocs { get; } = NocCatalog.All.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The discipline codes (ATH, SWM, SRF ...).</summary>
    public static IReadOnlySet<string> Disciplines { get; } = DisciplineCatalog.All.Select(d => d.Discipline.Code).ToHashSet(StringComparer.Ordinal);
}
