using System.Globalization;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// What a report covers. <c>--day</c> is a competition day, as everywhere in the tool (replay-day's --day): the ODF
/// messages of that logical day (Header.LogicalDate) and their deliveries, the results of that day's sessions, the
/// accreditation changes whose own time falls on it. <c>--from</c>/<c>--to</c> are recorded (stored) times, [From, To),
/// ISO with an offset (UTC when none). Unbounded when none is given.
/// </summary>
internal sealed record ReportWindow(DateTimeOffset? From, DateTimeOffset? To, DateOnly? Day = null)
{
    /// <summary>Whether an event recorded at <paramref name="at"/> lies in [From, To).</summary>
    public bool Contains(DateTimeOffset at) => (From is not { } from || at >= from) && (To is not { } to || at < to);

    /// <summary>Whether something of competition day <paramref name="day"/> belongs in the report.</summary>
    public bool OnDay(DateOnly? day) => Day is not { } only || day == only;

    public override string ToString() => (From, To, Day) switch
    {
        (_, _, { } day) => $"competition day {day:yyyy-MM-dd}",
        (null, null, _) => "the whole history",
        _ => $"recorded from {From?.ToString("u", CultureInfo.InvariantCulture) ?? "the start"} to {To?.ToString("u", CultureInfo.InvariantCulture) ?? "the end"}",
    };

    /// <exception cref="ReplayUsageException">A malformed date or time, --day with --from/--to, or an empty window.</exception>
    public static ReportWindow Parse(string? day, string? from, string? to)
    {
        if (day is not null)
        {
            if (from is not null || to is not null)
            {
                throw new ReplayUsageException("day", "give --day (a competition day) or --from/--to (recorded times), not both.");
            }

            return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? new ReportWindow(null, null, d)
                : throw new ReplayUsageException("day", $"expected a competition day as yyyy-MM-dd, not '{day}'.");
        }

        var window = new ReportWindow(Time("from", from), Time("to", to));
        return window is { From: { } f, To: { } t } && f >= t ? throw new ReplayUsageException("to", "must be after --from.") : window;
    }

    private static DateTimeOffset? Time(string option, string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw new ReplayUsageException(option, $"expected a time such as 2024-07-28T21:43:10+02:00, not '{text}'.");
}
