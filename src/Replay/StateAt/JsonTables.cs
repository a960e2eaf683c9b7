using System.Text.Json.Nodes;
using Spectre.Console;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>
/// Shows any view as tables: its plain fields in one, every list of records in a table of its own, and the lists
/// inside those rows below them (a session's units, then each unit's results), titled by the row they belong to.
/// </summary>
internal static class JsonTables
{
    private const int LongText = 160;

    public static void Write(IAnsiConsole ansi, string title, JsonNode node)
    {
        switch (node)
        {
            case JsonObject record:
                ansi.WriteLine(title);
                var fields = new Table().AddColumn("field").AddColumn("value");
                foreach (var (name, value) in record.Where(p => !IsTabular(p.Value)))
                {
                    fields.AddRow(Markup.Escape(name), Markup.Escape(Text(value)));
                }

                ansi.Write(fields);
                foreach (var (name, value) in record.Where(p => IsTabular(p.Value)))
                {
                    Write(ansi, $"{title} {name}", value!);
                }

                break;
            case JsonArray list:
                WriteList(ansi, title, [.. list.OfType<JsonObject>()]);
                break;
        }
    }

    private static void WriteList(IAnsiConsole ansi, string title, IReadOnlyList<JsonObject> rows)
    {
        var columns = rows.SelectMany(r => r.Where(p => !IsTabular(p.Value)).Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList();
        ansi.WriteLine(title);
        var table = new Table();
        columns.ForEach(c => table.AddColumn(Markup.Escape(c)));
        foreach (var row in rows)
        {
            table.AddRow([.. columns.Select(c => Markup.Escape(Text(row[c])))]);
        }

        ansi.Write(table);
        for (var i = 0; i < rows.Count; i++)
        {
            var label = rows[i].Select(p => p.Value).OfType<JsonValue>().Select(v => v.ToString()).FirstOrDefault() ?? $"#{i + 1}";
            foreach (var (name, value) in rows[i].Where(p => IsTabular(p.Value)))
            {
                Write(ansi, $"{title} {label} {name}", value!);
            }
        }
    }

    private static bool IsTabular(JsonNode? node) => node is JsonObject { Count: > 0 } || (node is JsonArray list && list.Any(i => i is JsonObject));

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value => Shorten(value.ToString()),
        JsonArray list => string.Join(", ", list.Select(Text)),
        _ => Shorten(node.ToJsonString()),
    };

    private static string Shorten(string text) =>
        text.Length <= LongText ? text : $"{text[..LongText]}… ({text.Length:N0} characters; --format json shows all)";
}
