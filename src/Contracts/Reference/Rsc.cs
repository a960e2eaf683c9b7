namespace Olympics.Orleans.Contracts.Reference;

/// <summary>
/// A results system code: discipline (3) + gender (1: M, W, X, O) + event (8) + event modifier (10) + phase (4) +
/// unit (8) = 34 upper-case characters, right-padded with '-'. Example: ATHM100M--------------FNL-0001----.
/// </summary>
/// <param name="Code">The full 34-character code.</param>
public sealed record Rsc(string Code)
{
    /// <summary>The length of every RSC.</summary>
    public const int Length = 34;

    /// <summary>The discipline, e.g. ATH.</summary>
    public string Discipline => Code[..3];

    /// <summary>The gender: M men, W women, X mixed, O open.</summary>
    public char Gender => Code[3];

    /// <summary>The event level (discipline + gender + event + modifier), 22 characters padded to 34.</summary>
    public string EventCode => Code[..22].PadRight(Length, '-');

    /// <summary>The phase level (event + phase), 26 characters padded to 34.</summary>
    public string PhaseCode => Code[..26].PadRight(Length, '-');

    /// <summary>The phase part, e.g. FNL-, SFNL, HEAT.</summary>
    public string Phase => Code[22..26];

    /// <summary>Whether the code addresses a unit (its unit part is not empty).</summary>
    public bool IsUnit => Code[26..].Trim('-').Length > 0;

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <summary>Parses a code, saying what is wrong when it is not one.</summary>
    public static bool TryParse(string? value, out Rsc rsc, out string reason)
    {
        rsc = new Rsc(new string('-', Length));
        reason = "";
        if (value is null || value.Length != Length)
        {
            reason = $"an RSC: it must have {Length} characters, not {value?.Length ?? 0}";
            return false;
        }

        if (value.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            reason = "an RSC: only A-Z, 0-9 and '-' are allowed";
            return false;
        }

        if (!value[..3].All(char.IsAsciiLetterUpper) || "MWXO".IndexOf(value[3], StringComparison.Ordinal) < 0)
        {
            reason = "an RSC: it must start with a 3-letter discipline and a gender M, W, X or O";
            return false;
        }

        rsc = new Rsc(value);
        return true;
    }
}
