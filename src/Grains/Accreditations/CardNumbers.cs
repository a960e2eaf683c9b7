namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>Card numbers are the accreditation number and the card's sequence: "12345678-2" is the second card.</summary>
public static class CardNumbers
{
    /// <summary>Formats a card number.</summary>
    public static string Format(string number, int card) => $"{number}-{card}";
}
