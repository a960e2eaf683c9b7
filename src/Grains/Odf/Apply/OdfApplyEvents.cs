using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// The ODF apply process's checkpoint stream, <c>process-odf-apply</c>: each event says the process has handled every
/// stored document up to <see cref="Position"/> (a resume token).
/// </summary>
public interface IOdfApplyEvent
{
    /// <summary>The resume token of the last document event handled.</summary>
    string Position { get; }
}

/// <summary>The documents up to <paramref name="Position"/> are handled; the last one, <paramref name="DocumentKey"/> at <paramref name="Version"/>, ran <paramref name="Steps"/> commands.</summary>
[EventName("odf.apply-checkpointed.v1")]
public sealed record OdfApplyCheckpointed(string Position, string DocumentKey, int Version, int Steps, DateTimeOffset At) : IOdfApplyEvent;

/// <summary>
/// The document <paramref name="DocumentKey"/> at <paramref name="Version"/> (at <paramref name="Position"/>) could not
/// apply: its body is malformed, or a grain refused its command (<paramref name="Reason"/>). The process went on.
/// </summary>
[EventName("odf.apply-refused.v1")]
public sealed record OdfApplyRefused(string Position, string DocumentKey, int Version, string DocumentType, string Reason, DateTimeOffset At) : IOdfApplyEvent;
