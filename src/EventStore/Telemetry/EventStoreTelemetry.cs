using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Olympics.Orleans.EventStore.Telemetry;

/// <summary>The event store's trace source and instruments, exported by the silo's OpenTelemetry providers.</summary>
public static class EventStoreTelemetry
{
    /// <summary>Name of the <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "Olympics.Orleans.EventStore";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> AppendDuration = Meter.CreateHistogram<double>(
        "olympics.eventstore.append.duration", "ms", "Time to append one batch of events, conflicts included.");

    internal static readonly Counter<long> EventsAppended = Meter.CreateCounter<long>(
        "olympics.eventstore.events.appended", "{event}", "Events written, by appends and bulk imports.");

    internal static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        "olympics.eventstore.conflicts", "{conflict}", "Appends refused because the stream was not at the expected version.");

    internal static readonly Counter<long> NotificationsFailed = Meter.CreateCounter<long>(
        "olympics.eventstore.notifications.failed", "{notification}",
        "Commit notifications to other silos that failed and were sent again; their subscriptions wait meanwhile.");

    internal static readonly Histogram<int> AppendsPerCommit = Meter.CreateHistogram<int>(
        "olympics.eventstore.group_commit.appends", "{append}", "Appends committed together in one transaction (group commit).");

    internal static readonly Counter<long> GroupsRetried = Meter.CreateCounter<long>(
        "olympics.eventstore.group_commit.retried", "{group}",
        "Groups of appends rolled back because one append was refused, each then appended alone.");
}
