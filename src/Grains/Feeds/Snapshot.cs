using System.Security.Cryptography;
using System.Text;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>A view as a tier may see it now, with its entity tag.</summary>
/// <typeparam name="T">The view.</typeparam>
/// <param name="View">The view.</param>
/// <param name="ETag">A strong entity tag (quoted), from <see cref="Snapshot.TagOf"/>.</param>
public sealed record Snapshot<T>(T View, string ETag);

/// <summary>Makes entity tags for <see cref="Snapshot{T}"/>s.</summary>
public static class Snapshot
{
    /// <summary>
    /// A strong entity tag: a hash of exactly what a view is built from (the stored versions it includes and the schedule
    /// fields it shows), so the same inputs give the same tag, and the same bytes, on every silo, and any change another.
    /// </summary>
    public static string TagOf(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', inputs)));
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }
}
