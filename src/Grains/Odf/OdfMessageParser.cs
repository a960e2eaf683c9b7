using System.Text;
using System.Xml;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>
/// Parses one ODF message, refusing anything unsafe or malformed with an <see cref="InvalidCommandException"/> that
/// names the attribute (or "body") and the reason. Pure: no I/O. DTDs are prohibited, so entity expansion bombs and
/// external entities never expand; the text must be UTF-8 and one complete, well-formed document, at most
/// <see cref="OdfLimits.MaxDepth"/> elements deep, whose ScheduleStatus attributes are ODF schedule statuses.
/// </summary>
public static class OdfMessageParser
{
    private const string Body = "body";
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The safe reader settings: no DTD, no entities, at most a message's size. Readers of stored messages use them too.</summary>
    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = OdfLimits.MaxMessageBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses <paramref name="body"/>, the message's bytes (already decompressed).</summary>
    public static OdfMessage Parse(ReadOnlySpan<byte> body)
    {
        var xml = Decode(body);
        var (attributes, hasCompetition) = Read(xml);
        var header = OdfHeaderRules.From(attributes);
        return new OdfMessage(header, OdfDocumentTypes.IsWithdrawal(header.DocumentType, hasCompetition), xml)
        {
            Notes = hasCompetition ? OdfNotes.Read(xml, Settings) : [],
        };
    }

    private static string Decode(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new InvalidCommandException(Body, "The body is empty: expected one ODF message.");
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new InvalidCommandException(Body, "The body is UTF-16 (it starts with a UTF-16 byte order mark); ODF messages are UTF-8.");
        }

        var text = body.StartsWith(Encoding.UTF8.Preamble) ? body[Encoding.UTF8.Preamble.Length..] : body;
        try
        {
            return _strictUtf8.GetString(text);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidCommandException(Body, $"The body is not valid UTF-8 (invalid bytes near byte {Math.Max(e.Index, 0)}); ODF messages are UTF-8.");
        }
    }

    private static (Dictionary<string, string> Attributes, bool HasCompetition) Read(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            var attributes = ReadRoot(reader);
            var hasCompetition = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    hasCompetition |= reader is { Depth: 1, LocalName: "Competition" };
                    CheckElement(reader);
                }
            }

            return (attributes, hasCompetition);
        }
        catch (XmlException e)
        {
            throw new InvalidCommandException(Body, $"The XML is not a well-formed, safe document: {e.Message}");
        }
    }

    // Deep nesting is refused before anything reads the body as a tree; a schedule's statuses come from ODF's list.
    private static void CheckElement(XmlReader reader)
    {
        if (reader.Depth >= OdfLimits.MaxDepth)
        {
            throw new InvalidCommandException(Body, $"The XML nests elements deeper than {OdfLimits.MaxDepth} levels (element '{reader.LocalName}'); ODF messages are a few levels deep.");
        }

        if (reader.GetAttribute("ScheduleStatus") is { } status && !OdfCodeLists.ScheduleStatuses.Contains(status))
        {
            throw OdfHeaderRules.Invalid($"{reader.LocalName}.ScheduleStatus", status, $"an ODF schedule status: one of {OdfCodeLists.Describe(OdfCodeLists.ScheduleStatuses)}");
        }
    }

    private static Dictionary<string, string> ReadRoot(XmlReader reader)
    {
        while (reader.Read() && reader.NodeType != XmlNodeType.Element)
        {
            if (reader.NodeType == XmlNodeType.XmlDeclaration && reader.GetAttribute("encoding") is { } encoding
                && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidCommandException(Body, $"The XML declares encoding '{encoding}'; ODF messages are UTF-8.");
            }
        }

        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "OdfBody")
        {
            throw new InvalidCommandException(Body, $"The root element is '{reader.LocalName}'; an ODF message's root is OdfBody.");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.MoveToNextAttribute())
        {
            attributes[reader.LocalName] = reader.Value;
        }

        reader.MoveToElement();
        return attributes;
    }
}
