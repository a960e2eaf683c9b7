using Olympics.Orleans.Contracts.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>How ending a venue's access changes its time windows; shared by the aggregate and the gate's read model.</summary>
public static class TimeWindows
{
    /// <summary>Windows of <paramref name="venue"/> are cut at <paramref name="effectiveAt"/>; those starting at or after it go.</summary>
    public static TimeWindow[] End(IReadOnlyList<TimeWindow> windows, string venue, DateTimeOffset effectiveAt)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return [.. windows
            .Where(w => w.Venue != venue || w.From < effectiveAt)
            .Select(w => w.Venue == venue && w.Until > effectiveAt ? w with { Until = effectiveAt } : w)];
    }

    /// <summary>Whether ending <paramref name="venue"/> at <paramref name="effectiveAt"/> would change anything.</summary>
    public static bool WouldEnd(IReadOnlyList<TimeWindow> windows, string venue, DateTimeOffset effectiveAt) =>
        windows.Any(w => w.Venue == venue && w.Until > effectiveAt);
}
