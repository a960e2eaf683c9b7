using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>JSON lines: one object per event, so a reader (jq, a script) streams them as the export does.</summary>
internal sealed class JsonAuditWriter(TextWriter output) : IAuditWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter? _json;

    public void Write(AuditRow row)
    {
        _buffer.ResetWrittenCount();
        var json = _json ??= new Utf8JsonWriter(_buffer, AuditRow.WriterOptions);
        json.Reset(_buffer);
        var e = row.Event;
        json.WriteStartObject();
        json.WriteString("atUtc", row.AtUtc);
        json.WriteString("atLocal", row.AtLocal);
        json.WriteString("zone", row.Zone?.Id);
        json.WriteString("stream", e.StreamId);
        json.WriteNumber("version", e.StreamVersion);
        json.WriteString("event", e.Type);
        json.WritePropertyName("changes");
        row.WriteChanges(json);
        json.WriteString("actor", e.Metadata.Actor);
        json.WriteString("reason", row.Reason);
        json.WriteString("correlationId", e.Metadata.CorrelationId);
        json.WriteString("causationId", e.Metadata.CausationId);
        json.WriteString("traceId", e.Metadata.TraceId);
        json.WriteString("position", e.Position.ToToken());
        json.WriteEndObject();
        json.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Write('\n');
    }

    public void Complete()
    {
        _json?.Dispose();
        output.Flush();
    }
}
