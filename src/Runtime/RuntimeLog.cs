using Microsoft.Extensions.Logging;

namespace Olympics.Orleans.Runtime;

/// <summary>The runtime's structured log messages.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Warning, "Activation of grain {GrainId} failed; the next call will try again")]
    public static partial void ActivationFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(2, LogLevel.Debug, "Deactivated grain {GrainId} ({Reason})")]
    public static partial void Deactivated(this ILogger logger, GrainId grainId, DeactivationReasonCode reason);

    [LoggerMessage(3, LogLevel.Warning, "Deactivation of grain {GrainId} ({Reason}) failed or timed out")]
    public static partial void DeactivationFailed(this ILogger logger, Exception exception, GrainId grainId, DeactivationReasonCode reason);

    [LoggerMessage(4, LogLevel.Error, "Idle activation collection failed")]
    public static partial void CollectionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "Stopping the grain runtime: {Count} activation(s) did not deactivate within {Timeout}")]
    public static partial void StopIncomplete(this ILogger logger, int count, TimeSpan timeout);

    [LoggerMessage(6, LogLevel.Warning, "Saving the snapshot of stream {StreamId} at version {Version} failed; the events are committed")]
    public static partial void SnapshotFailed(this ILogger logger, Exception exception, string streamId, long version);
}
