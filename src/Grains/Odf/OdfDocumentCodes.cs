using Olympics.Orleans.Contracts.Reference;
using static Olympics.Orleans.Grains.Odf.OdfDocumentCodes.Level;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>
/// Which code a document type's DocumentCode is: an RSC (34 characters: discipline 3, gender 1, event 8, event modifier
/// 10, phase 4, unit 8) at the level the type speaks for, the Games (GLO padded to 34) or, for a keep-alive, a venue or a
/// discipline. A level is a prefix padded with '-': its last part is not empty, every part after it is all '-'.
/// </summary>
public static class OdfDocumentCodes
{
    /// <summary>What a well-formed DocumentCode addresses.</summary>
    public enum Level
    {
        /// <summary>A unit: the whole RSC.</summary>
        Unit,

        /// <summary>A phase: 26 characters padded with '-'.</summary>
        Phase,

        /// <summary>An event: 22 characters padded with '-'.</summary>
        Event,

        /// <summary>A discipline: 3 letters padded with '-'.</summary>
        Discipline,

        /// <summary>The whole Games: GLO padded with '-'.</summary>
        Games,

        /// <summary>3 upper-case letters: a venue or a discipline (a keep-alive's code).</summary>
        ThreeLetters,
    }

    private static readonly Level[] _any = [Unit, Phase, Event, Discipline, Games, ThreeLetters];

    private static readonly Dictionary<string, Level[]> _byType = new(StringComparer.Ordinal)
    {
        ["DT_RESULT"] = [Unit],
        ["DT_CURRENT"] = [Unit],
        ["DT_PLAY_BY_PLAY"] = [Unit],
        ["DT_PHASE_RESULT"] = [Phase],
        ["DT_POOL_STANDING"] = [Phase],
        ["DT_MEDALLISTS"] = [Event],
        ["DT_CUMULATIVE_RESULT"] = [Event, Phase],
        ["DT_BRACKETS"] = [Event, Phase],
        ["DT_SCHEDULE"] = [Discipline],
        ["DT_SCHEDULE_UPDATE"] = [Discipline],
        ["DT_PARTIC"] = [Discipline],
        ["DT_PARTIC_UPDATE"] = [Discipline],
        ["DT_PARTIC_TEAMS"] = [Discipline],
        ["DT_PARTIC_TEAMS_UPDATE"] = [Discipline],
        ["DT_MEDALLISTS_DISCIPLINE"] = [Discipline],
        ["DT_MEDALS"] = [Games, Discipline],
        ["DT_KA"] = [ThreeLetters, Discipline],
    };

    /// <summary>The levels a type's DocumentCode may have; any level for a type without a rule of its own.</summary>
    public static IReadOnlyList<Level> LevelsOf(string documentType) => _byType.GetValueOrDefault(documentType, _any);

    /// <summary>The level of <paramref name="code"/>, or null (with the reason) when it is no well-formed code.</summary>
    public static Level? LevelOf(string code, out string reason)
    {
        reason = "";
        if (code.Length == 3 && code.All(char.IsAsciiLetterUpper))
        {
            return ThreeLetters;
        }

        if (code.Length != Rsc.Length || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            reason = $"an RSC has {Rsc.Length} characters (A-Z, 0-9, '-'), not {code.Length}";
            return null;
        }

        if (!code[..3].All(char.IsAsciiLetterUpper))
        {
            reason = "an RSC starts with a 3-letter discipline";
            return null;
        }

        if (Empty(code, 3))
        {
            return code.StartsWith("GLO", StringComparison.Ordinal) ? Games : Discipline;
        }

        return "MWXO".Contains(code[3], StringComparison.Ordinal) ? Below(code, out reason) : Fail("its gender (character 4) is M, W, X or O", out reason);
    }

    private static Level? Below(string code, out string reason)
    {
        reason = "";
        // The parts after the gender: event + modifier (4..22), phase (22..26), unit (26..34); each level's part starts
        // with a letter or digit and every part after the last one given is all '-'.
        return code[4] == '-' ? Fail("its event part (characters 5-12) is empty but the gender is given", out reason)
            : Empty(code, 22) ? Event
            : code[22] == '-' ? Fail("its phase part (characters 23-26) starts with '-' but is not empty", out reason)
            : Empty(code, 26) ? Phase
            : code[26] == '-' ? Fail("its unit part (characters 27-34) starts with '-' but is not empty", out reason)
            : Unit;
    }

    private static bool Empty(string code, int from) => code.AsSpan(from).TrimStart('-').IsEmpty;

    private static Level? Fail(string why, out string reason)
    {
        reason = why;
        return null;
    }
}
