using System.Text.Json;
using System.Text.Json.Nodes;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Replay.Cli;
using Spectre.Console;

namespace Olympics.Orleans.Replay.StateAt;

/// <summary>A folded state as JSON (the view as the grain's API serializes it, in an envelope saying which version) or as tables.</summary>
internal static class StateAtOutput
{
    private static readonly JsonSerializerOptions _indented = new(EventSerializer.JsonOptions) { WriteIndented = true };

    public static JsonObject Envelope(string streamId, FoldedState folded, StoredEvent last, long streamVersion, DateTimeOffset? asOf, string clock) => new()
    {
        ["stream"] = streamId,
        ["version"] = folded.Version,
        ["streamVersion"] = streamVersion,
        ["eventAt"] = StateAtTarget.Utc(last.Timestamp),
        ["asOf"] = asOf is { } time ? StateAtTarget.Utc(time) : null,
        ["asOfClock"] = asOf is null ? null : clock == "at" ? "recorded" : "competition",
        ["fromSnapshot"] = folded.FromSnapshot,
        ["view"] = JsonSerializer.SerializeToNode(folded.View, folded.View.GetType(), EventSerializer.JsonOptions),
    };

    public static async Task WriteAsync(ReplayConsole console, string format, JsonObject envelope)
    {
        if (format == "json")
        {
            await console.Output.WriteLineAsync(envelope.ToJsonString(_indented));
            return;
        }

        var asOf = envelope["asOf"] is { } time ? $", as of {envelope["asOfClock"]} time {time}" : "";
        console.Ansi.WriteLine($"{envelope["stream"]} at version {envelope["version"]} of {envelope["streamVersion"]} (last event committed {envelope["eventAt"]}{asOf})");
        JsonTables.Write(console.Ansi.Widen(), envelope["stream"]!.GetValue<string>(), envelope["view"]!);
    }
}
