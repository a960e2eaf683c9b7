using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>The ODF spelling of a status (GETTING_READY), for reasons people read, and back from it.</summary>
internal static class OdfCode
{
    private static readonly ConcurrentDictionary<Enum, string> _names = new();

    public static string Of(Enum value) => _names.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    /// <summary>The value whose ODF spelling is <paramref name="code"/> (e.g. START_LIST), or false.</summary>
    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Of(candidate) == code)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
