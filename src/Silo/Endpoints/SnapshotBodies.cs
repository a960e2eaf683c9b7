using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Olympics.Orleans.Silo.Endpoints;

/// <summary>
/// The JSON of snapshot views by entity tag: a tag names exactly what a view was built from, so its bytes never change
/// and are serialized once however many callers (CDN edges) ask. Bounded: past <see cref="MaxBytes"/> it starts afresh.
/// </summary>
internal sealed class SnapshotBodies(IOptions<JsonOptions> json)
{
    public const long MaxBytes = 64L << 20;
    private readonly ConcurrentDictionary<(Type, string), byte[]> _bodies = new();
    private long _bytes;

    public byte[] Of<T>(string etag, T view)
    {
        if (_bodies.TryGetValue((typeof(T), etag), out var cached))
        {
            return cached;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(view, json.Value.SerializerOptions);
        if (Interlocked.Add(ref _bytes, body.Length) > MaxBytes)
        {
            _bodies.Clear();
            Interlocked.Exchange(ref _bytes, body.Length);
        }

        _bodies[(typeof(T), etag)] = body;
        return body;
    }
}
