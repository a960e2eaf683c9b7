using System.Diagnostics;
using Orleans.Runtime;

namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>
/// Carries the caller's W3C trace context into a grain call even when nobody listens to Orleans' own spans: Orleans'
/// activity propagation injects a traceparent only for a span it started, and it starts none without a listener. Every
/// event records its trace (<see cref="EventMetadataFactory"/>), so the trace must reach the grain whether or not traces
/// are exported. Orleans' filter, registered after this one, replaces the value with its own span when it makes one.
/// </summary>
internal sealed class TraceContextFilter : IOutgoingGrainCallFilter
{
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } activity)
        {
            RequestContext.Set(EventMetadataFactory.TraceParent, id);
            if (activity.TraceStateString is { } state)
            {
                RequestContext.Set(EventMetadataFactory.TraceState, state);
            }
        }

        return context.Invoke();
    }
}
