using System.Text;

namespace Olympics.Orleans.Client;

/// <summary>One Server-Sent Event: its id, type and data (data lines joined by newlines).</summary>
internal sealed record SseEvent(string? Id, string Event, string Data);

/// <summary>
/// Reads Server-Sent Events from a stream: <c>id:</c>, <c>event:</c> and <c>data:</c> fields, comment lines (heartbeats)
/// skipped. A stream that ends, breaks or stays silent longer than the idle timeout reads as the end (null).
/// </summary>
internal sealed class SseReader(Stream stream, TimeSpan idleTimeout) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next event, or null when the stream is over (ended, dropped or idle).</summary>
    public async Task<SseEvent?> NextAsync(CancellationToken ct)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
        string? id = null;
        var type = "message";
        var data = new StringBuilder();
        var hasData = false;
        try
        {
            while (true)
            {
                idle.CancelAfter(idleTimeout);
                if (await _reader.ReadLineAsync(idle.Token) is not { } line)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    if (hasData)
                    {
                        return new SseEvent(id, type, data.ToString());
                    }

                    continue;
                }

                if (line[0] == ':')
                {
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var field = colon < 0 ? line : line[..colon];
                var value = colon < 0 ? "" : line[(colon + 1)..];
                value = value.StartsWith(' ') ? value[1..] : value;
                switch (field)
                {
                    case "id":
                        id = value;
                        break;
                    case "event":
                        type = value;
                        break;
                    case "data":
                        data.Append(hasData ? "\n" : "").Append(value);
                        hasData = true;
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null; // Silent past the idle timeout: taken as dropped.
        }
        catch (Exception e) when (e is IOException or HttpRequestException or ObjectDisposedException)
        {
            return null; // The connection broke.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
