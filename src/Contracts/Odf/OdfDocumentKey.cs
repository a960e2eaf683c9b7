namespace Olympics.Orleans.Contracts.Odf;

/// <summary>
/// The identity of an ODF document as ODF defines it (competition, document code, subcode, type, subtype,
/// language), joined with '|': the key of its ODF document grain; its stream is "odf-{key}".
/// </summary>
public static class OdfDocumentKey
{
    /// <summary>The separator between the parts of a key; never part of an ODF code.</summary>
    public const char Separator = '|';

    /// <summary>Longest key: the stream id "odf-{key}" stays within the event store's 256 characters.</summary>
    public const int MaxLength = 252;

    /// <summary>The key of the document <paramref name="header"/> belongs to; absent optional parts are empty.</summary>
    public static string Of(OdfHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return string.Join(Separator, header.CompetitionCode, header.DocumentCode, header.DocumentSubcode ?? "",
            header.DocumentType, header.DocumentSubtype ?? "", header.Language ?? "");
    }

    /// <summary>The document type part of <paramref name="key"/> (e.g. DT_RESULT); null when it is not a key.</summary>
    public static string? TypeOf(string key) => key?.Split(Separator) is { Length: 6 } parts ? parts[3] : null;

    /// <summary>Whether <paramref name="key"/> has the shape of a key: six parts, printable ASCII, short enough.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: > 0 and <= MaxLength }
        && key.All(c => c is > ' ' and < '\x7f')
        && key.Count(c => c == Separator) == 5;
}
