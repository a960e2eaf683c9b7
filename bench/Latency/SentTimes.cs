using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Olympics.Orleans.LatencyBench;

/// <summary>
/// When each measured message's POST started (Stopwatch timestamp), by document key and version. Receipts look it up
/// from the frame's UTF-8 bytes through a span lookup, so the 100,000 receipts a second build no string.
/// </summary>
internal sealed class SentTimes
{
    private readonly ConcurrentDictionary<string, long> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SentTimes() => _bySpan = _byId.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The message's id: "documentKey#version".</summary>
    public static string Id(string documentKey, int version) => string.Create(CultureInfo.InvariantCulture, $"{documentKey}#{version}");

    public void Set(string id, long timestamp) => _byId[id] = timestamp;

    public void Remove(string id) => _byId.TryRemove(id, out _);

    public void Clear() => _byId.Clear();

    public bool TryGetValue(ReadOnlySpan<byte> documentKey, int version, out long timestamp)
    {
        // UTF-8 never takes fewer bytes than UTF-16 characters; 11 more hold '#' and any int.
        var id = documentKey.Length <= 240 ? stackalloc char[256] : new char[documentKey.Length + 12];
        var length = Encoding.UTF8.GetChars(documentKey, id);
        id[length++] = '#';
        version.TryFormat(id[length..], out var digits, provider: CultureInfo.InvariantCulture);
        return _bySpan.TryGetValue(id[..(length + digits)], out timestamp);
    }
}
