using System.Text;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>
/// Reads RFC 4180 records one at a time: fields separated by commas, optionally quoted, "" for a quote inside
/// quotes, quoted fields may span lines, CRLF or LF line ends. Blank lines are skipped. Tracks the line on which each
/// record starts, for error reports. Reads asynchronously (ASP.NET Core refuses synchronous reads of a request body)
/// into its own buffer, awaiting only to refill it.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly List<string> _fields = new(16);
    private readonly StringBuilder _field = new(64);
    private long _line = 1;
    private int _position;
    private int _length;

    /// <summary>The fields of the last record read.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>The line on which the last record starts (the first line is 1).</summary>
    public long Line { get; private set; }

    /// <summary>Why the last record is malformed (an unterminated or stray quote), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken ct)
    {
        do
        {
            if (!await ReadRecordAsync(ct))
            {
                return false;
            }
        }
        while (_fields is [{ Length: 0 }] && Error is null);

        return true;
    }

    private async ValueTask<bool> ReadRecordAsync(CancellationToken ct)
    {
        _fields.Clear();
        _field.Clear();
        Error = null;
        Line = _line;
        var c = _position < _length || await FillAsync(ct) ? _buffer[_position++] : -1;
        if (c < 0)
        {
            return false;
        }

        bool inQuotes = false, quoted = false;
        while (true)
        {
            if (inQuotes)
            {
                switch (c)
                {
                    case < 0:
                        Error = "A quoted field is not closed before the end of the file.";
                        _fields.Add(_field.ToString());
                        return true;
                    case '"' when await PeekAsync(ct) == '"':
                        _position++;
                        _field.Append('"');
                        break;
                    case '"':
                        inQuotes = false;
                        break;
                    default:
                        _line += c == '\n' ? 1 : 0;
                        _field.Append((char)c);
                        break;
                }
            }
            else
            {
                switch (c)
                {
                    case < 0:
                        _fields.Add(_field.ToString());
                        return true;
                    case '\r' or '\n':
                        if (c == '\r' && await PeekAsync(ct) == '\n')
                        {
                            _position++;
                        }

                        _line++;
                        _fields.Add(_field.ToString());
                        return true;
                    case ',':
                        _fields.Add(_field.ToString());
                        _field.Clear();
                        quoted = false;
                        break;
                    case '"' when _field.Length == 0 && !quoted:
                        inQuotes = quoted = true;
                        break;
                    default:
                        Error ??= c == '"' || quoted ? "A quote may only open a field, and a quoted field must end at a comma or line end." : null;
                        _field.Append((char)c);
                        break;
                }
            }

            c = _position < _length || await FillAsync(ct) ? _buffer[_position++] : -1;
        }
    }

    private async ValueTask<int> PeekAsync(CancellationToken ct) => _position < _length || await FillAsync(ct) ? _buffer[_position] : -1;

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        _length = await reader.ReadAsync(_buffer, ct);
        _position = 0;
        return _length > 0;
    }
}
