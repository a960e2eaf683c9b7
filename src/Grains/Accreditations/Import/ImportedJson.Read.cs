using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Olympics.Orleans.Contracts.Accreditations;

namespace Olympics.Orleans.Grains.Accreditations.Import;

/// <summary>
/// Reads the stored JSON of an <see cref="AccreditationImported"/> without the serializer's reflection: the gate's read
/// model deserializes every imported row, and the serializer was most of its CPU. Only the exact shape the serializer
/// writes (camelCase names in any order, as PostgreSQL's jsonb returns them); anything else answers null, and the
/// serializer reads it as before.
/// </summary>
internal sealed partial class ImportedJson
{
    /// <summary>The event, or null when the JSON is not exactly the stored shape.</summary>
    public static AccreditationImported? TryRead(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadEvent(ref reader) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static AccreditationImported? ReadEvent(ref Utf8JsonReader r)
    {
        string? number = null, name = null, function = null, noc = null, organisation = null, reason = null;
        AccreditationCategory? category = null;
        DateOnly? from = null, until = null;
        DateTimeOffset? at = null;
        Privileges? privileges = null;
        var (nocSeen, organisationSeen) = (false, false);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var property = r;
            r.Read();
            if (property.ValueTextEquals("number"u8)) { number = Text(ref r); }
            else if (property.ValueTextEquals("name"u8)) { name = Text(ref r); }
            else if (property.ValueTextEquals("category"u8)) { category = Category(ref r); }
            else if (property.ValueTextEquals("function"u8)) { function = Text(ref r); }
            else if (property.ValueTextEquals("noc"u8)) { (noc, nocSeen) = (NullableText(ref r, out var ok), ok); }
            else if (property.ValueTextEquals("organisation"u8)) { (organisation, organisationSeen) = (NullableText(ref r, out var ok), ok); }
            else if (property.ValueTextEquals("validFrom"u8)) { from = Date(ref r); }
            else if (property.ValueTextEquals("validUntil"u8)) { until = Date(ref r); }
            else if (property.ValueTextEquals("privileges"u8)) { privileges = r.TokenType == JsonTokenType.StartObject ? ReadPrivileges(ref r) : null; }
            else if (property.ValueTextEquals("reason"u8)) { reason = Text(ref r); }
            else if (property.ValueTextEquals("at"u8)) { at = r.TokenType == JsonTokenType.String && r.TryGetDateTimeOffset(out var value) ? value : null; }
            else { return null; }
        }

        return r.TokenType == JsonTokenType.EndObject && !r.Read()
            && number is not null && name is not null && category is not null && function is not null && nocSeen && organisationSeen
            && from is not null && until is not null && privileges is not null && reason is not null && at is not null
            ? new AccreditationImported(number, name, category.Value, function, noc, organisation, from.Value, until.Value, privileges, reason, at.Value)
            : null;
    }

    private static Privileges? ReadPrivileges(ref Utf8JsonReader r)
    {
        List<string>? venues = null;
        List<int>? zones = null;
        string? transport = null;
        bool? dining = null;
        var (transportSeen, zonesByVenueSeen) = (false, false);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var property = r;
            r.Read();
            if (property.ValueTextEquals("venues"u8)) { venues = Venues(ref r); }
            else if (property.ValueTextEquals("zones"u8)) { zones = Zones(ref r); }
            else if (property.ValueTextEquals("transport"u8)) { (transport, transportSeen) = (NullableText(ref r, out var ok), ok); }
            else if (property.ValueTextEquals("dining"u8)) { dining = r.TokenType is JsonTokenType.True or JsonTokenType.False ? r.GetBoolean() : null; }
            // A per-venue zone map is never imported: the serializer reads one.
            else if (property.ValueTextEquals("zonesByVenue"u8)) { zonesByVenueSeen = r.TokenType == JsonTokenType.Null; }
            // Derived from the venues, written but not read.
            else if (property.ValueTextEquals("coversAllVenues"u8)) { r.Skip(); }
            else { return null; }
        }

        return r.TokenType == JsonTokenType.EndObject && venues is not null && zones is not null && transportSeen && dining is not null && zonesByVenueSeen
            ? new Privileges(venues, zones, transport, dining.Value)
            : null;
    }

    private static string? Text(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.String ? r.GetString() : null;

    private static string? NullableText(ref Utf8JsonReader r, out bool ok)
    {
        ok = r.TokenType is JsonTokenType.String or JsonTokenType.Null;
        return r.TokenType == JsonTokenType.String ? r.GetString() : null;
    }

    // The enum's own names only (the serializer also takes other spellings and numbers: it reads those).
    private static AccreditationCategory? Category(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && r.GetString() is { Length: > 0 } text && char.IsAsciiLetterUpper(text[0])
        && Enum.TryParse<AccreditationCategory>(text, ignoreCase: false, out var category) && category.ToString() == text
            ? category
            : null;

    private static DateOnly? Date(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && DateOnly.TryParseExact(r.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static List<string>? Venues(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var venues = new List<string>(4);
        while (r.Read() && r.TokenType == JsonTokenType.String)
        {
            venues.Add(r.GetString()!);
        }

        return r.TokenType == JsonTokenType.EndArray ? venues : null;
    }

    private static List<int>? Zones(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var zones = new List<int>(4);
        while (r.Read() && r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var zone))
        {
            zones.Add(zone);
        }

        return r.TokenType == JsonTokenType.EndArray ? zones : null;
    }
}
