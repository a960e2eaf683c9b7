using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Disciplines;

/// <summary>Everything that can happen to a discipline's results system (stream "discipline-{code}").</summary>
public interface IDisciplineEvent;

/// <summary>The results system that speaks for the discipline sent a keep-alive (ODF DT_KA), received at <paramref name="At"/>.</summary>
[EventName("discipline.keep-alive-recorded.v1")]
public sealed record DisciplineKeepAliveRecorded(string Code, string Source, DateTimeOffset At) : IDisciplineEvent;
