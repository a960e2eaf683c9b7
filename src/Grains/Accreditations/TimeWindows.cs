using Olympics.Orleans.Contracts.Accreditations;
using Olympics.Orleans.GrainInterfaces.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations;

/// <summary>How ending a venue's access changes its time windows; shared by the aggregate and the gate's read model.</summary>
public static class TimeWindows
{
    /// <summary>
    /// Windows of <paramref name="venue"/> (only the one starting at <paramref name="windowFrom"/> when given) are cut at
    /// <paramref name="effectiveAt"/>; those starting at or after it go.
    /// </summary>
    public static TimeWindow[] End(IReadOnlyList<TimeWindow> windows, string venue, DateTimeOffset effectiveAt, DateTimeOffset? windowFrom = null)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return [.. windows
            .Where(w => !Ends(w, venue, windowFrom) || w.From < effectiveAt)
            .Select(w => Ends(w, venue, windowFrom) && w.Until > effectiveAt ? w with { Until = effectiveAt } : w)];
    }

    /// <summary>Whether ending the windows at <paramref name="effectiveAt"/> would change anything.</summary>
    public static bool WouldEnd(IReadOnlyList<TimeWindow> windows, string venue, DateTimeOffset effectiveAt, DateTimeOffset? windowFrom = null) =>
        windows.Any(w => Ends(w, venue, windowFrom) && w.Until > effectiveAt);

    private static bool Ends(TimeWindow window, string venue, DateTimeOffset? windowFrom) =>
        window.Venue == venue && (windowFrom is null || window.From == windowFrom);
}
