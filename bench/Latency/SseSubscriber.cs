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
/// One SSE subscriber, spoken over a plain socket: the request written by hand, the chunked response decoded here,
/// frames found in the raw bytes and only the fields it needs read from each data line. The HTTP client allocated a
/// state machine for each of its chunked reads (30,000 a second here, 60 % of this tool's allocations), and the
/// tool's collections, every second, held arrived bytes in its sockets and timed them late; a socket's receive
/// allocates nothing. When a stream ends for any reason but lagging (a silo stopping or dying), the subscriber opens it
/// again on the next silo with <c>Last-Event-ID</c> set to the last id it saw, as the SDK does, and counts the
/// reopenings and any message it is sent twice.
/// </summary>
internal sealed class SseSubscriber(IReadOnlyList<Uri> silos, int first, string path, string apiKey, Action<Receipt> onReceipt)
{
    private static readonly byte[] _frameEnd = "\n\n"u8.ToArray();
    private static readonly byte[] _data = "data: "u8.ToArray();
    private static readonly byte[] _id = "id: "u8.ToArray();
    private static readonly byte[] _lagging = "event: lagging"u8.ToArray();
    private static readonly byte[] _event = "event: "u8.ToArray();
    private static readonly TimeSpan _reopenDelay = TimeSpan.FromMilliseconds(200);
    private static int _lagged;
    private static int _reopened;
    private static long _duplicates;

    /// <summary>Streams the silos closed as lagging (Feeds:MaxLag), over all subscribers so far.</summary>
    public static int Lagged => Volatile.Read(ref _lagged);

    /// <summary>Streams opened again after they ended (silo stopping or gone), over all subscribers so far.</summary>
    public static int Reopened => Volatile.Read(ref _reopened);

    /// <summary>Messages a subscriber received a second time (an id not after its last), over all subscribers so far.</summary>
    public static long Duplicates => Interlocked.Read(ref _duplicates);

    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ChunkedBody _body = new();
    // The last message id (a resume token: fixed-width hex, so byte order is position order), empty before the first.
    private readonly byte[] _lastId = new byte[64];
    private int _lastIdLength;
    private bool _stopped;

    public Task Opened => _opened.Task;

    public long FrameCount { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        for (var attempt = 0; !ct.IsCancellationRequested && !_stopped; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _reopened);
                try
                {
                    await Task.Delay(_reopenDelay, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            await ReadOnceAsync(silos[(first + attempt) % silos.Count], ct);
        }
    }

    // One connection, until the silo ends it, the connection breaks or the run is over.
    private async Task ReadOnceAsync(Uri silo, CancellationToken ct)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _body.Reset();
        try
        {
            await socket.ConnectAsync(silo.Host, silo.Port, ct);
            var resume = _lastIdLength > 0 ? $"Last-Event-ID: {Encoding.ASCII.GetString(_lastId, 0, _lastIdLength)}\r\n" : "";
            var request = $"GET {path} HTTP/1.1\r\nHost: {silo.Authority}\r\nX-API-KEY: {apiKey}\r\nAccept: text/event-stream\r\n{resume}\r\n";
            await socket.SendAsync(Encoding.ASCII.GetBytes(request), SocketFlags.None, ct);
            var raw = new byte[1 << 16];
            var filled = 0;
            var started = false;
            while (!_stopped)
            {
                if (filled == raw.Length)
                {
                    Array.Resize(ref raw, raw.Length * 2);
                }

                var read = await socket.ReceiveAsync(raw.AsMemory(filled), SocketFlags.None, ct);
                if (read == 0)
                {
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

                    if (head < 0)
                    {
                        return; // A transient refusal (a silo stopping or not ready): try the next.
                    }

                    started = true;
                    consumed = head;
                }

                consumed += _body.Decode(raw.AsSpan(consumed, filled - consumed));
                Buffer.BlockCopy(raw, consumed, raw, 0, filled - consumed);
                filled -= consumed;
                _body.Consume(ScanFrames(_body.Data, arrived, arrivedAt));
                if (_body.Ended)
                {
                    return; // The silo ended the stream (stopping) on a connection it may keep open.
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (SocketException) when (_opened.Task.IsCompleted)
        {
            // The silo went away under an open stream: reopen on the next.
        }
        catch (SocketException e)
        {
            _opened.TrySetException(new InvalidOperationException($"GET {path} at {silo}: {e.Message}", e));
            _stopped = true;
        }
    }

    // The length of the response head once it has arrived (null before, -1 for a 503 once the stream has been open);
    // throws for anything else but a chunked 200.
    private int? Head(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(bytes[..end]);
        if (head.StartsWith("HTTP/1.1 503", StringComparison.Ordinal) && _opened.Task.IsCompleted)
        {
            return -1;
        }

        if (!head.StartsWith("HTTP/1.1 200", StringComparison.Ordinal)
            || !head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            var error = new InvalidOperationException($"GET {path} answered: {head.Split("\r\n")[0]} {Encoding.UTF8.GetString(bytes[(end + 4)..])}");
            _opened.TrySetException(error);
            _stopped = true;
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
                // Not a message: a stream's start or its end (stopping: reopen; lagging: the subscriber stops, as counted).
                if (frame.StartsWith(_lagging))
                {
                    Interlocked.Increment(ref _lagged);
                    _stopped = true;
                }
            }
            else if (frame.IndexOf(_data) is var at and >= 0)
            {
                var id = Id(frame);
                if (id.Length is > 0 and <= 64)
                {
                    if (_lastIdLength > 0 && id.SequenceCompareTo(_lastId.AsSpan(0, _lastIdLength)) <= 0)
                    {
                        Interlocked.Increment(ref _duplicates);
                        continue;
                    }

                    id.CopyTo(_lastId);
                    _lastIdLength = id.Length;
                }

                FrameCount++;
                onReceipt(Parse(frame[(at + _data.Length)..], arrived, arrivedAt));
            }
        }

        return consumed;
    }

    // A message frame's id ("id: <token>" on its first line), or empty without one.
    private static ReadOnlySpan<byte> Id(ReadOnlySpan<byte> frame)
    {
        if (!frame.StartsWith(_id))
        {
            return [];
        }

        var id = frame[_id.Length..];
        return id.IndexOf((byte)'\n') is var end and >= 0 ? id[..end] : id;
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
