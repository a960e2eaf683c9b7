namespace Olympics.Orleans.Contracts.Athletes;

/// <summary>Athlete ids: 1 to 20 ASCII letters or digits (the Games' participant numbers, e.g. "1234567").</summary>
public static class AthleteId
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 20;

    /// <summary>Throws <see cref="InvalidCommandException"/> naming <paramref name="field"/> unless <paramref name="value"/> is an athlete id.</summary>
    /// <returns>The id.</returns>
    public static string Validate(string? value, string field = "athlete") =>
        value is { Length: > 0 and <= MaxLength } && value.All(char.IsAsciiLetterOrDigit)
            ? value
            : throw new InvalidCommandException(field, $"'{value}' is not an athlete id: 1 to {MaxLength} letters or digits.");
}
