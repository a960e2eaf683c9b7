using System.Diagnostics;
using Olympics.Orleans.EventStore;
using Orleans.Runtime;

namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>
/// Builds event metadata from the trace and <see cref="ActorContext.Current"/>. Inside a grain the trace is
/// Activity.Current when someone listens to Orleans' spans; otherwise it is the W3C traceparent that Orleans' activity
/// propagation carries in the <see cref="RequestContext"/>, so events keep their trace whether or not traces are exported.
/// </summary>
internal static class EventMetadataFactory
{
    internal const string TraceParent = "traceparent";
    internal const string TraceState = "tracestate";

    public static EventMetadata FromCurrentContext()
    {
        var actor = ActorContext.Current;
        var activity = Activity.Current;
        if (activity is null)
        {
            if (RequestContext.Get(TraceParent) is string parent
                && ActivityContext.TryParse(parent, RequestContext.Get(TraceState) as string, out var propagated))
            {
                var propagatedTrace = propagated.TraceId.ToHexString();
                return new EventMetadata(propagatedTrace, propagated.SpanId.ToHexString(), actor, propagatedTrace);
            }

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
