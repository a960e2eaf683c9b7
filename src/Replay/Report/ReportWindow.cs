using System.Globalization;

namespace Olympics.Orleans.Replay.Report;

/// <summary>
/// The events a report counts, by when they were recorded (the stored timestamp): [From, To). <c>--day</c> is that UTC
/// day; <c>--from</c>/<c>--to</c> take an ISO time with its offset (UTC when none). Unbounded when not given.
/// </summary>
internal sealed record ReportWindow(DateTimeOffset? From, DateTimeOffset? To)
{
    public bool Contains(DateTimeOffset at) => (From is not { } from || at >= from) && (To is not { } to || at < to);

    public override string ToString() => (From, To) switch
    {
        (null, null) => "the whole history",
        _ => $"{From?.ToString("u", CultureInfo.InvariantCulture) ?? "the start"} to {To?.ToString("u", CultureInfo.InvariantCulture) ?? "the end"}",
    };

    /// <exception cref="ReplayUsageException">A malformed time, --day with --from/--to, or an empty window.</exception>
    public static ReportWindow Parse(string? day, string? from, string? to)
    {
        if (day is not null)
        {
            if (from is not null || to is not null)
            {
                throw new ReplayUsageException("day", "give --day or --from/--to, not both.");
            }

            var date = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new ReplayUsageException("day", $"expected a date as yyyy-MM-dd, not '{day}'.");
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return new ReportWindow(start, start.AddDays(1));
        }

        var window = new ReportWindow(Time("from", from), Time("to", to));
        return window is { From: { } f, To: { } t } && f >= t ? throw new ReplayUsageException("to", "must be after --from.") : window;
    }

    private static DateTimeOffset? Time(string option, string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw new ReplayUsageException(option, $"expected a time such as 2024-07-28T21:43:10+02:00, not '{text}'.");
}
