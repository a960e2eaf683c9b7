using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;
using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>
/// Field rules shared by commands and the CSV import; each failure names the field (commands use camelCase names,
/// the import passes its column names) and the reason.
/// </summary>
public static class AccreditationRules
{
    /// <summary>An 8-digit accreditation number.</summary>
    public static string Number(string? value, string field = "number") =>
        value is { Length: 8 } && value.All(char.IsAsciiDigit) ? value : throw Invalid(field, $"'{value}' is not an accreditation number: expected 8 digits.");

    /// <summary>A name of 1 to 200 characters, trimmed.</summary>
    public static string Name(string? value, string field = "name") =>
        Text(value, field, 200) ?? throw Invalid(field, "A name of 1 to 200 characters is required.");

    /// <summary>A defined category.</summary>
    public static AccreditationCategory Category(AccreditationCategory value, string field = "category") =>
        Enum.IsDefined(value) ? value : throw Invalid(field, $"'{value}' is not an accreditation category.");

    /// <summary>A function code: an upper-case letter, then up to 4 upper-case letters or digits.</summary>
    public static string Function(string? value, string field = "function") =>
        value is { Length: >= 1 and <= 5 } && char.IsAsciiLetterUpper(value[0]) && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            ? value
            : throw Invalid(field, $"'{value}' is not a function code such as AA01, E, ENR or VOL.");

    /// <summary>A NOC code, or null for none.</summary>
    public static string? Noc(string? value, string field = "noc") => string.IsNullOrEmpty(value) ? null : Codes.Noc(value, field);

    /// <summary>An organisation of at most 200 characters, trimmed; null when blank.</summary>
    public static string? Organisation(string? value, string field = "organisation") =>
        value is { Length: > 200 } ? throw Invalid(field, "The organisation has at most 200 characters.") : Text(value, field, 200);

    /// <summary>The last valid day is not before the first.</summary>
    public static void Validity(DateOnly from, DateOnly until, string field = "validUntil")
    {
        if (until < from)
        {
            throw Invalid(field, $"The last valid day {until:yyyy-MM-dd} is before the first, {from:yyyy-MM-dd}.");
        }
    }

    /// <summary>A reason of 1 to 500 characters, trimmed.</summary>
    public static string Reason(string? value) => Text(value, "reason", 500) ?? throw Invalid("reason", "A reason of 1 to 500 characters is required.");

    /// <summary>A short required text (identity documents), trimmed.</summary>
    public static string ShortText(string? value, string field) => Text(value, field, 50) ?? throw Invalid(field, "1 to 50 characters are required.");

    internal static InvalidCommandException Invalid(string field, string reason) => new(field, reason);

    private static string? Text(string? value, string field, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= max ? trimmed : throw Invalid(field, $"At most {max} characters.");
    }
}
