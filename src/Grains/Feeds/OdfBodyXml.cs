using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Olympics.Orleans.Grains.Feeds;

/// <summary>Reads the body of a stored ODF message: its Competition element and typed attributes. Pure.</summary>
internal static class OdfBodyXml
{
    // The ingest refused DTDs before storing; refusing them again costs nothing and keeps this safe on its own.
    private static readonly XmlReaderSettings _settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The Competition element under the root; null when the message has none (a withdrawal).</summary>
    /// <exception cref="XmlException">The text is not a well-formed document.</exception>
    public static XElement? Competition(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), _settings);
        return XDocument.Load(reader).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "Competition");
    }

    /// <summary>The children (or, with <paramref name="deep"/>, descendants) with this local name, namespaces ignored.</summary>
    public static IEnumerable<XElement> Named(this XElement parent, string name, bool deep = false) =>
        (deep ? parent.Descendants() : parent.Elements()).Where(e => e.Name.LocalName == name);

    /// <summary>An attribute's value; null when absent or blank.</summary>
    public static string? Text(this XElement element, string name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>An attribute as a whole number; null when absent or not a number.</summary>
    public static int? Number(this XElement element, string name) =>
        int.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
