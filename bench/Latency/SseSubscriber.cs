using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// One message as a subscriber saw it: which version of which document (the key as the frame's UTF-8 bytes, valid for
/// the callback only), when it was stored, when it arrived.
/// </summary>
internal readonly ref struct Receipt(ReadOnlySpan<byte> documentKey, int version, DateTimeOffset storedAt, long arrivedTimestamp, DateTimeOffset arrivedAt)
{
    public ReadOnlySpan<byte> DocumentKey { get; } = documentKey;
    public int Version { get; } = version;
    public DateTimeOffset StoredAt { get; } = storedAt;
    public long ArrivedTimestamp { get; } = arrivedTimestamp;
    public DateTimeOffset ArrivedAt { get; } = arrivedAt;
}

/// <summary>
/// One SSE connection, spoken over a plain socket: the request written by hand, the chunked response decoded here,
/// frames found in the raw bytes and only the fields it needs read from each data line. The HTTP client allocated a
/// state machine for each of its chunked reads (30,000 a second here, 60 % of this tool's allocations), and the
/// tool's collections, every second, held arrived bytes in its sockets and timed them late; a socket's receive
/// allocates nothing.
/// </summary>
internal sealed class SseSubscriber(Uri silo, string path, string apiKey, Action<Receipt> onReceipt)
{
    private static readonly byte[] _frameEnd = "\n\n"u8.ToArray();
    private static readonly byte[] _data = "data: "u8.ToArray();
    private static readonly byte[] _lagging = "event: lagging"u8.ToArray();
    private static readonly byte[] _event = "event: "u8.ToArray();
    private static int _lagged;

    /// <summary>Streams the silos closed as lagging (Feeds:MaxLag), over all subscribers so far.</summary>
    public static int Lagged => Volatile.Read(ref _lagged);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ChunkedBody _body = new();

    public Task Opened => _opened.Task;

    public long FrameCount { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(silo.Host, silo.Port, ct);
            var request = $"GET {path} HTTP/1.1\r\nHost: {silo.Authority}\r\nX-API-KEY: {apiKey}\r\nAccept: text/event-stream\r\n\r\n";
            await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, ct);
            var raw = new byte[1 << 16];
            var filled = 0;
            var started = false;
            while (true)
            {
                if (filled == raw.Length)
                {
                    Array.Resize(ref raw, raw.Length * 2);
                }

                var read = await socket.ReceiveAsync(raw.AsMemory(filled), SocketFlags.None, ct);
                if (read == 0)
                {
                    _opened.TrySetException(new InvalidOperationException($"GET {path}: the silo closed the connection."));
                    return;
                }

                var (arrived, arrivedAt) = (Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
                filled += read;
                var consumed = 0;
                if (!started)
                {
                    if (Head(raw.AsSpan(0, filled)) is not { } head)
                    {
                        continue;
                    }

                    started = true;
                    consumed = head;
                }

                consumed += _body.Decode(raw.AsSpan(consumed, filled - consumed));
                Buffer.BlockCopy(raw, consumed, raw, 0, filled - consumed);
                filled -= consumed;
                _body.Consume(ScanFrames(_body.Data, arrived, arrivedAt));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (SocketException e)
        {
            _opened.TrySetException(new InvalidOperationException($"GET {path}: {e.Message}", e));
        }
    }

    // The length of the response head once it has arrived (null before); throws for anything but a chunked 200.
    private int? Head(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(bytes[..end]);
        if (!head.StartsWith("HTTP/1.1 200", StringComparison.Ordinal)
            || !head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            var error = new InvalidOperationException($"GET {path} answered: {head.Split("\r\n")[0]} {Encoding.UTF8.GetString(bytes[(end + 4)..])}");
            _opened.TrySetException(error);
            throw error;
        }

        return end + 4;
    }

    private int ScanFrames(ReadOnlySpan<byte> bytes, long arrived, DateTimeOffset arrivedAt)
    {
        var consumed = 0;
        for (var end = bytes.IndexOf(_frameEnd); end >= 0; end = bytes[consumed..].IndexOf(_frameEnd))
        {
            var frame = bytes.Slice(consumed, end);
            consumed += end + _frameEnd.Length;
            _opened.TrySetResult();
            if (frame.StartsWith(_event))
            {
                // Not a message: a stream's start, or its end as lagging (the subscriber then stops, as counted).
                if (frame.StartsWith(_lagging))
                {
                    Interlocked.Increment(ref _lagged);
                }
            }
            else if (frame.IndexOf(_data) is var at and >= 0)
            {
                FrameCount++;
                onReceipt(Parse(frame[(at + _data.Length)..], arrived, arrivedAt));
            }
        }

        return consumed;
    }

    // The data line is a FeedMessageView as JSON; only three fields matter here, read in place: no allocation per frame.
    private static Receipt Parse(ReadOnlySpan<byte> json, long arrived, DateTimeOffset arrivedAt)
    {
        var key = Quoted(json, "\"documentKey\":"u8)[1..^1];
        var versionAt = json.IndexOf("\"version\":"u8) + "\"version\":"u8.Length;
        var version = Utf8Parser.TryParse(json[versionAt..], out int parsed, out _) ? parsed : -1;
        return new Receipt(key, version, StoredAt(Quoted(json, "\"storedAt\":"u8)), arrived, arrivedAt);
    }

    // System.Text.Json writes the time with its fraction's trailing zeros cut ("2026-11-21T13:57:10.76682+00:00"), which
    // Utf8Parser's 'O' format (exactly seven digits) rejects; a JSON reader parses it as it was written.
    private static DateTimeOffset StoredAt(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        return reader.Read() && reader.TryGetDateTimeOffset(out var storedAt)
            ? storedAt
            : throw new FormatException($"storedAt {Encoding.UTF8.GetString(quoted)} is not a time.");
    }

    // A string property's value with its quotes.
    private static ReadOnlySpan<byte> Quoted(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        var start = json.IndexOf(name) + name.Length;
        var length = json[(start + 1)..].IndexOf((byte)'"') + 2;
        return json.Slice(start, length);
    }
}
