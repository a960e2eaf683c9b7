using System.Globalization;

namespace Olympics.Orleans.Grains.Accreditations.Gate;

/// <summary>
/// What a gate scans: an accreditation number ("12345678") or a card number ("12345678-2", the second card). A card
/// number lets the gate refuse a card that a reissue replaced; a bare number checks the accreditation only.
/// </summary>
/// <param name="Number">The accreditation number.</param>
/// <param name="Card">The card's sequence, or null for a bare accreditation number.</param>
public readonly record struct CardReference(int Number, int? Card)
{
    /// <summary>Parses "NNNNNNNN" or "NNNNNNNN-S".</summary>
    public static bool TryParse(string? value, out CardReference reference)
    {
        reference = default;
        if (value is null || value.Length < 8 || !int.TryParse(value.AsSpan(0, 8), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        if (value.Length == 8)
        {
            reference = new CardReference(number, null);
            return true;
        }

        if (value[8] != '-' || !int.TryParse(value.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out var card) || card < 1)
        {
            return false;
        }

        reference = new CardReference(number, card);
        return true;
    }
}
