namespace Olympics.Orleans.Grains.EventSourcing;

/// <summary>Settings of event-sourced grains (section "EventSourcing").</summary>
public sealed class EventSourcingOptions
{
    /// <summary>How many times a command is decided again after a version conflict before the conflict is reported. Default 3.</summary>
    public int MaxConflictRetries { get; set; } = 3;
}
