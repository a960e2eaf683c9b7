namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Readable names for the ODF phase codes and genders used by the generator.</summary>
internal static class PhaseNames
{
    public static string Of(string phase) => phase switch
    {
        "HEAT" => "Heat",
        "PREL" => "Preliminary",
        "QFNL" => "Quarterfinal",
        "SFNL" => "Semifinal",
        "FNL-" => "Final",
        _ when phase.StartsWith("GP", StringComparison.Ordinal) => $"Group {phase[2]}",
        _ => phase,
    };

    public static string Gender(char gender) => gender switch
    {
        'M' => "Men's",
        'W' => "Women's",
        'X' => "Mixed",
        _ => "Open",
    };
}
