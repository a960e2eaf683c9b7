using System.Globalization;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>RFC 4180: a header line, then one line per event, CRLF line ends, fields quoted when they need it.</summary>
internal sealed class CsvAuditWriter : IAuditWriter
{
    public const string Header = "at_utc,at_local,zone,stream,version,event,changes,actor,reason,correlation_id,causation_id,trace_id";
    private readonly TextWriter _output;

    public CsvAuditWriter(TextWriter output)
    {
        _output = output;
        _output.Write(Header);
        _output.Write("\r\n");
    }

    public void Write(AuditRow row)
    {
        var e = row.Event;
        _output.Write(row.AtUtc);
        Field(row.AtLocal);
        Field(row.Zone?.Id);
        Field(e.StreamId);
        Field(e.StreamVersion.ToString(CultureInfo.InvariantCulture));
        Field(e.Type);
        Field(row.Changes());
        Field(e.Metadata.Actor);
        Field(row.Reason);
        Field(e.Metadata.CorrelationId);
        Field(e.Metadata.CausationId);
        Field(e.Metadata.TraceId);
        _output.Write("\r\n");
    }

    public void Complete() => _output.Flush();

    private void Field(string? value)
    {
        _output.Write(',');
        if (value is { Length: > 0 })
        {
            _output.Write(AccreditationCsv.Escape(value));
        }
    }
}
