using System.Globalization;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Audit;

/// <summary>Tables for reading on screen, a page of rows at a time (the causation and trace ids are in csv and json).</summary>
internal sealed class TableAuditWriter(IAnsiConsole console) : IAuditWriter
{
    private const int RowsPerTable = 100;
    private Table? _table;
    private int _rows;

    public void Write(AuditRow row)
    {
        var table = _table ??= new Table().AddColumns("when (UTC)", "local", "stream", "v", "event", "changes", "by", "why", "correlation");
        var e = row.Event;
        table.AddRow(Cells(row.AtUtc, row.AtLocal, e.StreamId, e.StreamVersion.ToString(CultureInfo.InvariantCulture), e.Type,
            row.Changes(), e.Metadata.Actor, row.Reason, e.Metadata.CorrelationId));
        if (++_rows % RowsPerTable == 0)
        {
            Complete();
        }
    }

    public void Complete()
    {
        if (_table is not null)
        {
            console.Write(_table);
            _table = null;
        }
    }

    private static string[] Cells(params string?[] values) => [.. values.Select(v => Markup.Escape(v ?? ""))];
}
