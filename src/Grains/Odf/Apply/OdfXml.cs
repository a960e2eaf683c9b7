using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Olympics.Orleans.Grains.Odf.Apply;

/// <summary>
/// Reads the body of a stored ODF message. It was checked at the ingest, but is read again with the same safe settings
/// (no DTD, no entities). Anything missing or malformed throws <see cref="InvalidCommandException"/> naming the element
/// or attribute, which the plan turns into a refusal.
/// </summary>
internal static class OdfXml
{
    /// <summary>The message's Competition element.</summary>
    public static XElement Competition(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), OdfMessageParser.Settings);
            return Children(XElement.Load(reader), "Competition").FirstOrDefault()
                ?? throw new InvalidCommandException("Competition", "The message has no Competition element.");
        }
        catch (XmlException e)
        {
            throw new InvalidCommandException("body", $"The XML is not well-formed: {e.Message}");
        }
    }

    /// <summary>The child elements named <paramref name="name"/>, whatever their namespace.</summary>
    public static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>An attribute's trimmed value; null when absent or empty.</summary>
    public static string? Optional(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    public static string Required(XElement element, string name) =>
        Optional(element, name) ?? throw new InvalidCommandException($"{element.Name.LocalName}.{name}", $"A {element.Name.LocalName} element has no {name} attribute.");

    /// <summary>A whole number attribute; null when absent.</summary>
    public static int? Number(XElement element, string name) => Optional(element, name) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidCommandException($"{element.Name.LocalName}.{name}", $"{name} '{text}' of a {element.Name.LocalName} element is not a whole number.");

    /// <summary>An instant with its offset (e.g. 2024-07-27T10:00:00+02:00); null when absent.</summary>
    public static DateTimeOffset? Instant(XElement element, string name) => Optional(element, name) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && HasOffset(text) ? value
        : throw new InvalidCommandException($"{element.Name.LocalName}.{name}", $"{name} '{text}' is not a date and time with an offset.");

    // Without an offset the instant would depend on the silo's own time zone.
    private static bool HasOffset(string text) => text.Length > 19 && (text.EndsWith('Z') || text[19..].IndexOfAny(['+', '-']) >= 0);
}
