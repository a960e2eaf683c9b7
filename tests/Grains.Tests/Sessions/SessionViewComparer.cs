using System.Text.Json;
using Olympics.Orleans.Contracts.Sessions;
using Olympics.Orleans.GrainInterfaces.Sessions;
using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Tests.Sessions;

/// <summary>Compares session views by their JSON, since their lists compare by reference.</summary>
internal sealed class SessionViewComparer : IEqualityComparer<SessionView?>
{
    public bool Equals(SessionView? x, SessionView? y) => Json(x) == Json(y);

    public int GetHashCode(SessionView? obj) => Json(obj).GetHashCode(StringComparison.Ordinal);

    private static string Json(SessionView? view) => JsonSerializer.Serialize(view, EventSerializer.JsonOptions);
}
