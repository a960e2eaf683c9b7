namespace Olympics.Orleans.Grains.Venues;

/// <summary>Field rules for venue commands; each failure names the field and the reason.</summary>
internal static class VenueRules
{
    public static void ValidateCode(string code)
    {
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetterUpper))
        {
            throw new InvalidCommandException("code", $"'{code}' is not a venue code: expected 3 upper-case letters, e.g. STA.");
        }
    }

    public static void ValidateName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new InvalidCommandException("name", "The name must have 1 to 100 characters.");
        }
    }

    public static void ValidateTimeZone(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _) || !timeZone.Contains('/', StringComparison.Ordinal))
        {
            throw new InvalidCommandException("timeZone", $"'{timeZone}' is not an IANA time zone id such as Europe/Paris.");
        }
    }

    public static void ValidateCapacity(int capacity)
    {
        if (capacity < 0)
        {
            throw new InvalidCommandException("capacity", "The capacity cannot be negative.");
        }
    }

    public static void ValidateReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            throw new InvalidCommandException("reason", "A reason of 1 to 500 characters is required.");
        }
    }

    public static void ValidateZoneNumber(int number)
    {
        if (number is < 1 or > 999)
        {
            throw new InvalidCommandException("number", $"A zone number is 1 to 999, not {number}.");
        }
    }

    public static void ValidateSource(string? source)
    {
        if (source is not { Length: > 0 and <= 40 } || !source.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new InvalidCommandException("source", $"'{source}' is not a results system: 1 to 40 letters, digits, '_' or '-'.");
        }
    }
}
