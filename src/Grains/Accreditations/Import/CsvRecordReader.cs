using System.Text;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>
/// Reads RFC 4180 records one at a time: fields separated by commas, optionally quoted, "" for a quote inside
/// quotes, quoted fields may span lines, CRLF or LF line ends. Blank lines are skipped. Tracks the line on which each
/// record starts, for error reports.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly List<string> _fields = new(16);
    private readonly StringBuilder _field = new(64);
    private long _line = 1;

    /// <summary>The fields of the last record read.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>The line on which the last record starts (the first line is 1).</summary>
    public long Line { get; private set; }

    /// <summary>Why the last record is malformed (an unterminated or stray quote), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool Read()
    {
        do
        {
            if (!ReadRecord())
            {
                return false;
            }
        }
        while (_fields is [{ Length: 0 }] && Error is null);

        return true;
    }

    private bool ReadRecord()
    {
        _fields.Clear();
        _field.Clear();
        Error = null;
        Line = _line;
        var c = reader.Read();
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
                    case '"' when reader.Peek() == '"':
                        reader.Read();
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
                        if (c == '\r' && reader.Peek() == '\n')
                        {
                            reader.Read();
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

            c = reader.Read();
        }
    }
}
