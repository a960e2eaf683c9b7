using System.Collections.Immutable;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The recent versions of one stream with their stored times, enough to answer "the newest version stored at or before
/// a cutoff" for every cutoff from the newest version's time minus <c>retention</c> on. Older versions are dropped, so
/// a timeline stays a handful of entries however long its stream. Immutable: readers never lock.
/// </summary>
/// <typeparam name="T">What is kept per version.</typeparam>
public sealed class EmbargoTimeline<T>
{
    private readonly ImmutableArray<(DateTimeOffset StoredAt, T Value)> _entries;

    internal EmbargoTimeline(ImmutableArray<(DateTimeOffset, T)> entries) => _entries = entries;

    /// <summary>The newest version.</summary>
    public T Latest => _entries[^1].Value;

    /// <summary>How many versions are kept.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// This timeline with a newer version, dropping every version before the newest one stored at least
    /// <paramref name="retention"/> before it (that one stays: it answers cutoffs older than the rest).
    /// </summary>
    public EmbargoTimeline<T> Add(DateTimeOffset storedAt, T value, TimeSpan retention)
    {
        var entries = _entries.Add((storedAt, value));
        var horizon = storedAt - retention;
        var keepFrom = 0;
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].StoredAt <= horizon)
            {
                keepFrom = i;
                break;
            }
        }

        return new EmbargoTimeline<T>(keepFrom == 0 ? entries : entries[keepFrom..]);
    }

    /// <summary>The newest version stored at or before <paramref name="cutoff"/>; false when there is none (kept).</summary>
    public bool TryLatestAt(DateTimeOffset cutoff, out T value, out DateTimeOffset storedAt)
    {
        for (var i = _entries.Length - 1; i >= 0; i--)
        {
            if (_entries[i].StoredAt <= cutoff)
            {
                (storedAt, value) = _entries[i];
                return true;
            }
        }

        (storedAt, value) = (default, default!);
        return false;
    }
}

/// <summary>Makes <see cref="EmbargoTimeline{T}"/>s.</summary>
public static class EmbargoTimeline
{
    /// <summary>
    /// Kept beyond the longest embargo, so a silo whose clock runs a little behind the database's (stored times are the
    /// database's) still finds the version it may see instead of none.
    /// </summary>
    public static readonly TimeSpan ClockAllowance = TimeSpan.FromSeconds(5);

    /// <summary>A timeline of one version.</summary>
    public static EmbargoTimeline<T> Of<T>(DateTimeOffset storedAt, T value) => new([(storedAt, value)]);
}
