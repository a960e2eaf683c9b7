using System.Diagnostics;

namespace Olympics.Orleans.EventStore.Marten;

/// <summary>An append waiting in <see cref="GroupCommit"/>, with the trace it was made in and its outcome.</summary>
internal sealed record PendingAppend(string StreamId, long ExpectedVersion, IReadOnlyList<EventData> Events, Activity? Trace, CancellationToken Cancellation)
{
    public TaskCompletionSource<AppendResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
