namespace Olympics.Orleans.Grains.Odf;

/// <summary>Bounds on ODF messages, from the ODF transport: messages up to 10 MB.</summary>
public static class OdfLimits
{
    /// <summary>Largest message, in bytes (compressed on the wire, and again once decompressed).</summary>
    public const int MaxMessageBytes = 10 * 1024 * 1024;

    /// <summary>Deepest element nesting (the root is depth 0): ODF bodies are under ten levels deep.</summary>
    public const int MaxDepth = 64;
}
