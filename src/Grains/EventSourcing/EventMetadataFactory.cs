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
        if (activity is { IdFormat: not ActivityIdFormat.W3C })
        {
            return new EventMetadata(activity.RootId ?? NewCorrelationId(), activity.Id, actor, null);
        }

        if ((activity?.Context ?? Propagated()) is not { } trace)
        {
            // Untraced call: still give the events a correlation id so they can be grouped.
            return new EventMetadata(NewCorrelationId(), null, actor, null);
        }

        var traceId = trace.TraceId.ToHexString();
        return new EventMetadata(traceId, trace.SpanId.ToHexString(), actor, traceId);
    }

    private static ActivityContext? Propagated() =>
        RequestContext.Get(TraceParent) is string parent && ActivityContext.TryParse(parent, RequestContext.Get(TraceState) as string, out var context)
            ? context
            : null;

    private static string NewCorrelationId() => Guid.CreateVersion7().ToString("N");
}
