namespace Olympics.Orleans.Rostering.Model;

/// <summary>The languages and volunteer functions, by bit: the order is part of the stored format, append only.</summary>
public static class Catalogs
{
    /// <summary>Languages as ISO 639-1 codes.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        ["fr", "en", "es", "de", "it", "pt", "ar", "zh", "ja", "ru", "ko", "nl", "pl", "ty"];

    /// <summary>Volunteer functions (Paris 2024's families, shortened).</summary>
    public static IReadOnlyList<string> Functions { get; } =
    [
        "spectator-services", "accreditation", "transport", "sport-operations", "medical", "press-operations",
        "language-services", "technology", "catering", "anti-doping", "ceremonies", "nocs-services", "logistics",
        "broadcast", "protocol",
    ];

    /// <summary>The bit set of some codes of a catalogue; unknown codes throw.</summary>
    public static int Mask(IReadOnlyList<string> catalogue, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(codes);
        var mask = 0;
        foreach (var code in codes)
        {
            var i = IndexOf(catalogue, code.Trim());
            mask |= 1 << (i >= 0 ? i : throw new ArgumentException($"Unknown code '{code}'.", nameof(codes)));
        }

        return mask;
    }

    /// <summary>The codes in a bit set.</summary>
    public static IEnumerable<string> Codes(IReadOnlyList<string> catalogue, long mask)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Where((_, i) => (mask & (1L << i)) != 0);
    }

    private static int IndexOf(IReadOnlyList<string> catalogue, string code)
    {
        for (var i = 0; i < catalogue.Count; i++)
        {
            if (string.Equals(catalogue[i], code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
