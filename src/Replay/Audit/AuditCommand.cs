using System.CommandLine;
using System.Globalization;
using System.Text;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.Replay.Cli;
using Olympics.Orleans.Replay.StateAt;
using Olympics.Orleans.Replay.Store;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Audit;

/// <summary><c>audit</c>: the full history of a stream or a category: when, what, by whom, why, with correlation ids.</summary>
internal static class AuditCommand
{
    public static Command Create(ReplayConsole console)
    {
        var store = new StoreOptions();
        var stream = new Argument<string?>("stream-id") { Description = "The stream, e.g. accreditation-00000042 (or --category).", Arity = ArgumentArity.ZeroOrOne };
        var category = new Option<string?>("--category") { Description = "Every stream of a category in global order (accreditation, session, ...), or all." };
        var actor = new Option<string?>("--actor") { Description = "Only events by this actor: the recorded one (http:alice) or its name (alice)." };
        var from = new Option<string?>("--from") { Description = "Only events committed at or after this time (as state-at --at)." };
        var to = new Option<string?>("--to") { Description = "Only events committed at or before this time." };
        var zone = new Option<string?>("--zone") { Description = Zones.Help };
        var format = new Option<string?>("--format") { Description = "table (default; without causation and trace ids), csv (RFC 4180) or json (JSON lines)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("audit",
            "The history of a stream or a whole category: when (UTC and venue local), version, event, what changed, by whom, why, "
            + "correlation, causation and trace ids; streamed row by row. "
            + "Example: audit accreditation-00000042 --actor alice --from 2024-07-26T00:00:00Z --format csv --out changes.csv. " + ExitCodes.Help);
        command.Arguments.Add(stream);
        foreach (var option in new Option[] { category, actor, from, to, zone, format, output })
        {
            command.Options.Add(option);
        }

        store.AddTo(command);
        command.SetRun(console, async (result, ct) =>
        {
            var (streamId, categoryName) = (result.GetValue(stream)?.Trim(), result.GetValue(category)?.Trim());
            if ((streamId is { Length: > 0 }) == (categoryName is { Length: > 0 }))
            {
                throw new ReplayUsageException("category", "give a stream id (audit accreditation-00000042) or --category (accreditation, or all), one of them.");
            }

            var formatName = Format(result.GetValue(format));
            await using var replay = await ReplayStore.OpenAsync(store.Resolve(result), ct);
            var timeZone = await Zones.ResolveAsync(result.GetValue(zone), replay, ct);
            var filter = new AuditFilter(
                result.GetValue(actor) is { Length: > 0 } a ? a.Trim() : null,
                result.GetValue(from) is { } f ? Moments.Parse("from", f, timeZone) : null,
                result.GetValue(to) is { } t ? Moments.Parse("to", t, timeZone) : null);
            var events = streamId is { Length: > 0 }
                ? await ExistingStreamAsync(replay.Events, streamId, filter, ct)
                : await ExistingCategoryAsync(replay.Events, categoryName!, ct);

            var file = result.GetValue(output);
            await using var fileWriter = file is null ? null : new StreamWriter(file.FullName, false, new UTF8Encoding(false), 1 << 16);
            var writer = Writer(formatName, fileWriter, console);
            var (read, written) = await AuditExport.RunAsync(events, filter, new AuditZones(replay.Events), writer, ct);
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"audit: {written:N0} of {read:N0} events{(file is null ? "" : $" written to {file.FullName}")}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<IAsyncEnumerable<StoredEvent>> ExistingStreamAsync(IEventStore store, string streamId, AuditFilter filter, CancellationToken ct) =>
        await store.GetStreamVersionAsync(streamId, ct) > 0
            ? AuditSource.StreamAsync(store, streamId, filter.To, ct)
            : throw await StreamSuggestions.NotFoundAsync(store, streamId, ct);

    private static async Task<IAsyncEnumerable<StoredEvent>> ExistingCategoryAsync(IEventStore store, string category, CancellationToken ct)
    {
        if (category.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return AuditSource.CategoryAsync(store, null, ct: ct);
        }

        if (await store.ListStreamIdsAsync(category + "-", ct).AnyAsync(ct))
        {
            return AuditSource.CategoryAsync(store, category, ct: ct);
        }

        var known = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var id in store.ListStreamIdsAsync("", ct))
        {
            known.Add(StreamIds.CategoryOf(id));
        }

        throw new ReplayNotFoundException($"No stream of category '{category}'. The store holds: {(known.Count == 0 ? "nothing" : string.Join(", ", known))}.");
    }

    private static IAuditWriter Writer(string format, TextWriter? file, ReplayConsole console) => format switch
    {
        "csv" => new CsvAuditWriter(file ?? console.Output),
        "json" => new JsonAuditWriter(file ?? console.Output),
        _ => new TableAuditWriter((file is null ? console.Ansi : Silo.Commands.TerminalConsole.Create(file, terminal: false)).Widen()),
    };

    private static string Format(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "table" => "table",
        "csv" => "csv",
        "json" => "json",
        _ => throw new ReplayUsageException("format", $"'{format}' is not a format: table, csv or json."),
    };
}
