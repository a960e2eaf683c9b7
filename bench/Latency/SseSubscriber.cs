using System.Buffers.Text;
using System.Diagnostics;
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
/// One SSE connection. It scans the raw bytes for frames and reads only the fields it needs from each data line, so
/// thousands of connections in one process cost little CPU beside the silo on the same cores.
/// </summary>
internal sealed class SseSubscriber(HttpClient http, string path, string apiKey, Action<Receipt> onReceipt)
{
    private static readonly byte[] _frameEnd = "\n\n"u8.ToArray();
    private static readonly byte[] _data = "data: "u8.ToArray();
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Opened => _opened.Task;

    public long FrameCount { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-API-KEY", apiKey);
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            _opened.TrySetException(new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}"));
            return;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[1 << 16];
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), ct);
                if (read == 0)
                {
                    return;
                }

                var (arrived, arrivedAt) = (Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
                filled += read;
                var consumed = ScanFrames(buffer.AsSpan(0, filled), arrived, arrivedAt);
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private int ScanFrames(ReadOnlySpan<byte> bytes, long arrived, DateTimeOffset arrivedAt)
    {
        var consumed = 0;
        for (var end = bytes.IndexOf(_frameEnd); end >= 0; end = bytes[consumed..].IndexOf(_frameEnd))
        {
            var frame = bytes.Slice(consumed, end);
            consumed += end + _frameEnd.Length;
            _opened.TrySetResult();
            if (frame.IndexOf(_data) is var at and >= 0)
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
