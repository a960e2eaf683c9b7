using System.Globalization;
using System.Text.RegularExpressions;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>
/// Reads a point in time from the command line: UTC or with an offset (2024-08-04T19:43:10Z, 2024-08-04T21:43:10+02:00),
/// or a local wall-clock time (2024-08-04 21:43:10) in a zone given apart (--zone Europe/Paris or --zone venue:STA).
/// </summary>
internal static partial class Moments
{
    private static readonly string[] _localFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd"];

    /// <summary>The instant <paramref name="text"/> names; <paramref name="zone"/> is needed (and only allowed) for a local time.</summary>
    /// <exception cref="ReplayUsageException">Malformed, missing its zone, or a local time the zone skips or repeats.</exception>
    public static DateTimeOffset Parse(string option, string text, TimeZoneInfo? zone)
    {
        text = text.Trim();
        if (WithOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
            {
                throw new ReplayUsageException(option, $"'{text}' is not a time; write 2024-08-04T19:43:10Z or 2024-08-04T21:43:10+02:00.");
            }

            return zone is null ? exact.ToUniversalTime()
                : throw new ReplayUsageException("zone", $"'{text}' already carries its offset; give --zone only with a local time such as \"2024-08-04 21:43:10\".");
        }

        if (!DateTime.TryParseExact(text, _localFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            throw new ReplayUsageException(option,
                $"'{text}' is not a time; write 2024-08-04T19:43:10Z, 2024-08-04T21:43:10+02:00, or \"2024-08-04 21:43:10\" with --zone.");
        }

        return zone is null
            ? throw new ReplayUsageException(option, $"'{text}' is a local time: say where with --zone Europe/Paris or --zone venue:STA, or add Z or an offset.")
            : FromLocal(option, local, zone);
    }

    private static DateTimeOffset FromLocal(string option, DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            throw new ReplayUsageException(option, $"{local:yyyy-MM-dd HH:mm:ss} does not exist in {zone.Id} (the clocks moved forward over it).");
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = string.Join(" or ", zone.GetAmbiguousTimeOffsets(local).Select(o => new DateTimeOffset(local, o).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)));
            throw new ReplayUsageException(option, $"{local:yyyy-MM-dd HH:mm:ss} happens twice in {zone.Id}: give the offset, {offsets}.");
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    [GeneratedRegex(@"\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
