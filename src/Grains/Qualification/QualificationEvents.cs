using Olympics.Orleans.EventStore.Serialization;

namespace Olympics.Orleans.Grains.Qualification;

/// <summary>
/// The qualification process handled the official results at <paramref name="Position"/> (a resume token) of
/// unit <paramref name="Unit"/>. Its stream, <c>process-qualification</c>, is the process's checkpoint.
/// </summary>
[EventName("qualification.result-handled.v1")]
public sealed record QualificationResultHandled(string Unit, string Position, int Steps, DateTimeOffset At);
