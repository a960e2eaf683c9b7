using Olympics.Orleans.Contracts.Reference;

namespace Olympics.Orleans.Grains.Athletes;

/// <summary>Field rules for athlete commands; each failure names the field and the reason.</summary>
internal static class AthleteRules
{
    private static readonly DateOnly _earliestBirth = new(1900, 1, 1);

    public static void ValidateName(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new InvalidCommandException(field, $"{field} must have 1 to 100 characters.");
        }
    }

    public static void ValidateBirthDate(DateOnly birthDate, DateTimeOffset at)
    {
        if (birthDate < _earliestBirth || birthDate >= DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new InvalidCommandException("birthDate", $"{birthDate:yyyy-MM-dd} is not a plausible date of birth.");
        }
    }

    public static void ValidateAccreditationNumber(string? number)
    {
        if (number is not { Length: 8 } || !number.All(char.IsAsciiDigit))
        {
            throw new InvalidCommandException("accreditationNumber", $"'{number}' is not an accreditation number: 8 digits.");
        }
    }

    /// <summary>An event-level RSC: an event part, no phase and no unit.</summary>
    public static Rsc Event(string? value, string field = "event")
    {
        var rsc = Codes.Rsc(value, field);
        return rsc.Code[4..12].Trim('-').Length > 0 && rsc.Code[22..].Trim('-').Length == 0
            ? rsc
            : throw new InvalidCommandException(field, $"'{value}' is not an event: it needs an event part and no phase or unit.");
    }

    /// <summary>A phase-level RSC of <paramref name="event"/>.</summary>
    public static Rsc Phase(string? value, Rsc @event, string field = "phase")
    {
        var rsc = Codes.Rsc(value, field);
        return !rsc.IsUnit && rsc.Phase.Trim('-').Length > 0 && rsc.EventCode == @event.Code
            ? rsc
            : throw new InvalidCommandException(field, $"'{value}' is not a phase of event {@event.Code}.");
    }
}
