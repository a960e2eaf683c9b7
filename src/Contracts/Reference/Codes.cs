using System.Text.RegularExpressions;

namespace Olympics.Orleans.Contracts.Reference;

/// <summary>
/// Checks the Games' codes on the way in (ODF conventions): venue and NOC codes are 3 upper-case letters,
/// session codes are a discipline and a number (ATH01), results system codes (RSC) are 34 characters.
/// Each check throws <see cref="InvalidCommandException"/> naming the field and the reason.
/// </summary>
public static partial class Codes
{
    /// <summary>Throws unless <paramref name="value"/> is a venue code such as STA.</summary>
    public static string Venue(string? value, string field = "venue") =>
        ThreeLetters().IsMatch(value ?? "") ? value! : throw Invalid(field, value, "a venue code: 3 upper-case letters, e.g. STA");

    /// <summary>Throws unless <paramref name="value"/> is a National Olympic Committee code such as FRA.</summary>
    public static string Noc(string? value, string field = "noc") =>
        ThreeLetters().IsMatch(value ?? "") ? value! : throw Invalid(field, value, "a NOC code: 3 upper-case letters, e.g. FRA");

    /// <summary>Throws unless <paramref name="value"/> is a discipline code such as ATH.</summary>
    public static string Discipline(string? value, string field = "discipline") =>
        ThreeLetters().IsMatch(value ?? "") ? value! : throw Invalid(field, value, "a discipline code: 3 upper-case letters, e.g. ATH");

    /// <summary>Throws unless <paramref name="value"/> is a session code such as ATH01 (discipline + 2 digits).</summary>
    public static string Session(string? value, string field = "session") =>
        SessionCode().IsMatch(value ?? "") ? value! : throw Invalid(field, value, "a session code: discipline and 2 digits, e.g. ATH01");

    /// <summary>Throws unless <paramref name="value"/> is a full 34-character RSC; returns its parts.</summary>
    public static Rsc Rsc(string? value, string field = "rsc") => Reference.Rsc.TryParse(value, out var rsc, out var reason)
        ? rsc
        : throw Invalid(field, value, reason);

    internal static InvalidCommandException Invalid(string field, string? value, string expected) =>
        new(field, $"'{value}' is not {expected}.");

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex ThreeLetters();

    [GeneratedRegex("^[A-Z]{3}[0-9]{2}$")]
    private static partial Regex SessionCode();
}
