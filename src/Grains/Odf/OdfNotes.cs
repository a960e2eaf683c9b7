using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>
/// The notes an ODF message carries: every <c>Note</c> element inside its <c>Competition</c>, wherever it sits (in a
/// <c>Notes</c> element, or directly in the competition data), in document order. A note is its text with whitespace
/// runs made one space, or, when it has no text, the <c>Value</c> (or <c>Text</c>) attribute of the element or of the
/// first element inside it that has one. Empty notes and repeats are left out. Pure.
/// </summary>
public static partial class OdfNotes
{
    private const string Note = "Note";

    /// <summary>The notes inside <paramref name="competition"/>.</summary>
    public static IReadOnlyList<string> Of(XElement competition)
    {
        ArgumentNullException.ThrowIfNull(competition);
        return Distinct(competition.Descendants().Where(e => e.Name.LocalName == Note && !e.Ancestors().Any(a => a.Name.LocalName == Note)));
    }

    /// <summary>The notes of a whole message (read with <paramref name="settings"/>, one pass); none when it has no Competition.</summary>
    /// <exception cref="XmlException">The text is not a well-formed document.</exception>
    internal static IReadOnlyList<string> Read(string xml, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var notes = new List<XElement>();
        var inCompetition = false;
        reader.Read();
        while (!reader.EOF)
        {
            if (inCompetition && reader is { NodeType: XmlNodeType.Element, LocalName: Note })
            {
                // Reading the element moves the reader past it.
                notes.Add((XElement)XNode.ReadFrom(reader));
                continue;
            }

            if (reader is { Depth: 1, LocalName: "Competition" })
            {
                inCompetition = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
            }

            reader.Read();
        }

        return Distinct(notes);
    }

    /// <summary>The notes of <paramref name="earlier"/> followed by those of <paramref name="later"/> not among them.</summary>
    public static IReadOnlyList<string> Union(IReadOnlyList<string>? earlier, IReadOnlyList<string>? later) =>
        later is not { Count: > 0 } ? earlier ?? [] : earlier is not { Count: > 0 } ? later : [.. earlier.Union(later, StringComparer.Ordinal)];

    private static string[] Distinct(IEnumerable<XElement> notes) =>
        [.. notes.Select(TextOf).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string TextOf(XElement note)
    {
        var text = Whitespace().Replace(note.Value, " ").Trim();
        if (text.Length > 0)
        {
            return text;
        }

        var attribute = note.DescendantsAndSelf().SelectMany(e => e.Attributes())
            .FirstOrDefault(a => a.Name.LocalName is "Value" or "Text" && a.Value.Trim().Length > 0);
        return attribute is null ? "" : Whitespace().Replace(attribute.Value, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
