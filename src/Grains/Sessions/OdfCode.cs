using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Olympics.Orleans.Grains.Sessions;

/// <summary>The ODF spelling of a status (GETTING_READY), for reasons people read.</summary>
internal static class OdfCode
{
    private static readonly ConcurrentDictionary<Enum, string> _names = new();

    public static string Of(Enum value) => _names.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());
}
