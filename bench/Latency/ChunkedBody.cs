using System.Buffers.Text;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// The body of an HTTP/1.1 response sent with chunked transfer encoding, decoded as its bytes arrive: the chunks'
/// data gathered in one buffer for the reader to consume from the front.
/// </summary>
internal sealed class ChunkedBody
{
    private const long SizeLine = -1;
    private const long ChunkEnd = -2;
    private byte[] _data = new byte[1 << 16];
    private int _filled;
    private long _left = SizeLine;

    // True once the last (empty) chunk has arrived: nothing after it is body.
    private bool _ended;

    /// <summary>The decoded bytes not consumed yet.</summary>
    public ReadOnlySpan<byte> Data => _data.AsSpan(0, _filled);

    /// <summary>Decodes what it can of <paramref name="input"/>; returns how many of its bytes it used (the rest is an incomplete line).</summary>
    public int Decode(ReadOnlySpan<byte> input)
    {
        var at = 0;
        while (at < input.Length && !_ended)
        {
            if (_left > 0)
            {
                var take = (int)Math.Min(_left, input.Length - at);
                Append(input.Slice(at, take));
                at += take;
                _left -= take;
                _left = _left == 0 ? ChunkEnd : _left;
            }
            else if (_left == ChunkEnd)
            {
                if (input.Length - at < 2)
                {
                    break;
                }

                if (input[at] != '\r' || input[at + 1] != '\n')
                {
                    throw new FormatException("A chunk's data does not end with CRLF.");
                }

                at += 2;
                _left = SizeLine;
            }
            else
            {
                var end = input[at..].IndexOf("\r\n"u8);
                if (end < 0)
                {
                    break;
                }

                var line = input.Slice(at, end);
                var extension = line.IndexOf((byte)';');
                if (!Utf8Parser.TryParse(extension >= 0 ? line[..extension] : line, out long size, out var used, 'x') || size < 0
                    || used != (extension >= 0 ? extension : line.Length))
                {
                    throw new FormatException("A chunk size line is not hexadecimal.");
                }

                at += end + 2;
                _left = size;
                _ended = size == 0;
            }
        }

        return at;
    }

    /// <summary>True once the body's last (empty) chunk has arrived.</summary>
    public bool Ended => _ended;

    /// <summary>Forgets everything, for a new response.</summary>
    public void Reset() => (_filled, _left, _ended) = (0, SizeLine, false);

    /// <summary>Drops the first <paramref name="count"/> decoded bytes.</summary>
    public void Consume(int count)
    {
        Buffer.BlockCopy(_data, count, _data, 0, _filled - count);
        _filled -= count;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_filled + bytes.Length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, _filled + bytes.Length));
        }

        bytes.CopyTo(_data.AsSpan(_filled));
        _filled += bytes.Length;
    }
}
