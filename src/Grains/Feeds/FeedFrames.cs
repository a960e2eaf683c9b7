using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Feeds;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>
/// The bytes a message goes out as: an SSE event (<c>id</c> = resume token, <c>event: odf</c>, <c>data</c> = the
/// <see cref="FeedMessageView"/> as JSON) and a WebSocket text frame (the same JSON with <c>token</c> first).
/// </summary>
internal static class FeedFrames
{
    // Relaxed escaping: the XML travels with only '"' and '\' escaped, not every '<', '>' and '"' as \uXXXX, which made a
    // frame about twice its size for every subscriber. Safe: these bytes are read as JSON by feed clients, never placed
    // in an HTML page as they are.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] _token = "{\"token\":\""u8.ToArray();

    /// <summary>The SSE event; the view's JSON starts at <paramref name="dataStart"/> and ends two bytes before the end.</summary>
    public static byte[] Sse(FeedMessage message, out int dataStart)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(FeedMessageView.Of(message), _json);
        var prefix = $"id: {message.Token}\nevent: odf\ndata: ";
        var frame = new byte[prefix.Length + json.Length + 2];
        dataStart = Encoding.ASCII.GetBytes(prefix, frame);
        json.CopyTo(frame, dataStart);
        frame[^2] = (byte)'\n';
        frame[^1] = (byte)'\n';
        return frame;
    }

    /// <summary>The WebSocket frame, made from the view's JSON: <c>{"token":"…",</c> then the view's properties.</summary>
    public static byte[] Socket(string token, ReadOnlySpan<byte> viewJson)
    {
        // The token is hexadecimal digits and '-': nothing to escape. The view is an object with properties, so what
        // follows its '{' continues the object after the token.
        var frame = new byte[_token.Length + token.Length + 2 + viewJson.Length - 1];
        _token.CopyTo(frame, 0);
        var at = _token.Length + Encoding.ASCII.GetBytes(token, frame.AsSpan(_token.Length));
        frame[at++] = (byte)'"';
        frame[at++] = (byte)',';
        viewJson[1..].CopyTo(frame.AsSpan(at));
        return frame;
    }
}
