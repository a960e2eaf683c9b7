using System.Buffers;
using System.IO.Compression;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Silo.Odf;

/// <summary>
/// Reads one message's bytes, bounded before and after decompression, so neither a large body nor a gzip bomb
/// makes the silo hold more than <see cref="OdfLimits.MaxMessageBytes"/> (plus one read buffer).
/// </summary>
internal static class OdfBodyReader
{
    private const int Max = OdfLimits.MaxMessageBytes;

    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > Max)
        {
            throw TooLarge("The body");
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase)
            && !encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
        {
            throw new OdfRefusal(415, "Unsupported content encoding", $"Content-Encoding '{encoding}' is not supported; send gzip or an uncompressed body.");
        }

        // With a Content-Length (the usual case) the body is read into an array of its size, and nothing else is
        // allocated: at hundreds of messages a second, a read buffer per request was most of the silo's allocations.
        var body = request.ContentLength is { } length
            ? await ReadExactAsync(request.Body, length, ct)
            : await ReadBoundedAsync(request.Body, "The body", ct);
        return encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) ? await GunzipAsync(body, ct) : body;
    }

    private static async Task<byte[]> GunzipAsync(byte[] compressed, CancellationToken ct)
    {
        try
        {
            await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            return await ReadBoundedAsync(gzip, "The decompressed message", ct);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidCommandException("body", $"The body is not valid gzip data: {e.Message}");
        }
    }

    // The server ends the body at its Content-Length, and fails the read when the client sends less.
    private static async Task<byte[]> ReadExactAsync(Stream source, long length, CancellationToken ct)
    {
        var body = new byte[length];
        await source.ReadExactlyAsync(body, ct);
        return body;
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream source, string what, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > Max)
                {
                    throw TooLarge(what);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static OdfRefusal TooLarge(string what) =>
        new(413, "Message too large", $"{what} exceeds {Max} bytes, the largest ODF message accepted.");
}
