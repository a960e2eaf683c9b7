using System.Diagnostics;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Runtime.EventSourcing;

/// <summary>Builds event metadata from the ambient trace (Activity.Current) and <see cref="RequestContext.Actor"/>.</summary>
internal static class EventMetadataFactory
{
    public static EventMetadata FromCurrentContext()
    {
        var actor = RequestContext.Actor;
        var activity = Activity.Current;
        if (activity is null)
        {
            // Untraced call: still give the events a correlation id so they can be grouped.
            return new EventMetadata(Guid.CreateVersion7().ToString("N"), null, actor, null);
        }

        if (activity.IdFormat != ActivityIdFormat.W3C)
        {
            return new EventMetadata(activity.RootId ?? Guid.CreateVersion7().ToString("N"), activity.Id, actor, null);
        }

        var traceId = activity.TraceId.ToHexString();
        return new EventMetadata(traceId, activity.SpanId.ToHexString(), actor, traceId);
    }
}
