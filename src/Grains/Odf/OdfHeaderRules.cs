using System.Globalization;
using System.Text.RegularExpressions;
using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>
/// The header attributes' rules; each failure names the attribute as ODF spells it and the reason. The code lengths
/// keep a document key (six parts) within <see cref="OdfDocumentKey.MaxLength"/>; the type, the result status and the
/// document code's level come from ODF's code lists (<see cref="OdfCodeLists"/>, <see cref="OdfDocumentCodes"/>).
/// </summary>
internal static partial class OdfHeaderRules
{
    public static OdfHeader From(IReadOnlyDictionary<string, string> attributes) => CodeFitsType(new(
        Code(attributes, "CompetitionCode", CompetitionCode(), "letters, digits, '_' or '-', at most 20")!,
        Code(attributes, "DocumentCode", DocumentCode(), "letters, digits, '_' or '-', at most 64, e.g. an RSC")!,
        Code(attributes, "DocumentSubcode", DocumentCode(), "letters, digits, '_' or '-', at most 64", optional: true),
        Listed(Code(attributes, "DocumentType", DocumentType(), "a document type such as DT_RESULT"), "DocumentType", OdfCodeLists.DocumentTypes, "an ODF document type")!,
        Code(attributes, "DocumentSubtype", DocumentSubtype(), "letters, digits, '_', '-' or '.', at most 40", optional: true),
        Version(attributes),
        Listed(Code(attributes, "ResultStatus", ResultStatus(), "a result status such as LIVE or OFFICIAL", optional: true), "ResultStatus", OdfCodeLists.ResultStatuses, "an ODF result status"),
        Code(attributes, "Language", Language(), "a language code: 3 upper-case letters such as ENG", optional: true),
        Code(attributes, "FeedFlag", FeedFlag(), "P (production) or T (test)")!,
        Date(attributes, "Date"),
        Time(attributes),
        Date(attributes, "LogicalDate"),
        Code(attributes, "Source", Source(), "letters, digits, '_' or '-', at most 40")!));

    // The code must be well-formed and at a level the type speaks for: a DT_RESULT is about a unit, a DT_MEDALS the Games.
    private static OdfHeader CodeFitsType(OdfHeader header)
    {
        var (code, type) = (header.DocumentCode, header.DocumentType);
        var levels = OdfDocumentCodes.LevelsOf(type);
        var level = OdfDocumentCodes.LevelOf(code, out var reason)
            ?? throw Invalid("DocumentCode", code, $"a well-formed code: {reason}");
        return levels.Contains(level) ? header
            : throw Invalid("DocumentCode", code, $"a code a {type} may have: it addresses {Name(level)}; a {type} is about {string.Join(" or ", levels.Select(Name))}");
    }

    private static string Name(OdfDocumentCodes.Level level) => level switch
    {
        OdfDocumentCodes.Level.Unit => "a unit (an RSC of 34 characters)",
        OdfDocumentCodes.Level.Phase => "a phase (26 characters padded with '-')",
        OdfDocumentCodes.Level.Event => "an event (22 characters padded with '-')",
        OdfDocumentCodes.Level.Discipline => "a discipline (3 letters padded with '-')",
        OdfDocumentCodes.Level.Games => "the Games (GLO padded with '-')",
        _ => "a venue or discipline (3 upper-case letters)",
    };

    private static string? Listed(string? value, string name, IReadOnlySet<string> codes, string expected) =>
        value is null || codes.Contains(value) ? value : throw Invalid(name, value, $"{expected}: one of {OdfCodeLists.Describe(codes)}");

    private static string? Code(IReadOnlyDictionary<string, string> attributes, string name, Regex rule, string expected, bool optional = false)
    {
        var value = Value(attributes, name, optional);
        return value is null || rule.IsMatch(value) ? value : throw Invalid(name, value, expected);
    }

    private static int Version(IReadOnlyDictionary<string, string> attributes)
    {
        var value = Value(attributes, "Version", optional: false)!;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? version
            : throw Invalid("Version", value, "a positive integer");
    }

    private static DateOnly Date(IReadOnlyDictionary<string, string> attributes, string name)
    {
        var value = Value(attributes, name, optional: false)!;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(name, value, "a date as yyyy-MM-dd");
    }

    private static TimeOnly Time(IReadOnlyDictionary<string, string> attributes)
    {
        var value = Value(attributes, "Time", optional: false)!;
        return value.Length == 9 && TimeOnly.TryParseExact(value, "HHmmssfff", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Invalid("Time", value, "a local time as hhmmssfff");
    }

    // An empty optional attribute means absent; an empty mandatory one is missing.
    private static string? Value(IReadOnlyDictionary<string, string> attributes, string name, bool optional) =>
        attributes.TryGetValue(name, out var value) && value.Length > 0 ? value
        : optional ? null
        : throw new InvalidCommandException(name, $"The {name} attribute of OdfBody is missing or empty; it is mandatory.");

    internal static InvalidCommandException Invalid(string name, string value, string expected) =>
        new(name, $"The {name} attribute '{Shorten(value)}' is not {expected}.");

    private static string Shorten(string value) => value.Length <= 80 ? value : $"{value[..80]}... ({value.Length} characters)";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,20}\\z")]
    private static partial Regex CompetitionCode();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex DocumentCode();

    [GeneratedRegex("^DT_[A-Z0-9_]{1,37}\\z")]
    private static partial Regex DocumentType();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,40}\\z")]
    private static partial Regex DocumentSubtype();

    [GeneratedRegex("^[A-Z_]{1,30}\\z")]
    private static partial Regex ResultStatus();

    [GeneratedRegex("^[A-Z]{3}\\z")]
    private static partial Regex Language();

    [GeneratedRegex("^[PT]\\z")]
    private static partial Regex FeedFlag();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}\\z")]
    private static partial Regex Source();
}
