using System.CommandLine;
using Olympics.Orleans.Replay.Store;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Cli;

/// <summary><c>check</c>: can the tool read the store, and what does it hold: streams per category.</summary>
internal static class CheckCommand
{
    public static Command Create(ReplayConsole console)
    {
        var store = new StoreOptions();
        var command = new Command("check",
            "Check that the store answers and count its streams per category. Example: check --connection \"Host=localhost;Username=postgres\" --schema olympics. "
            + ExitCodes.Help);
        store.AddTo(command);
        command.SetRun(console, async (result, ct) =>
        {
            await using var replay = await ReplayStore.OpenAsync(store.Resolve(result), ct);
            var categories = new SortedDictionary<string, long>(StringComparer.Ordinal);
            await foreach (var id in replay.Events.ListStreamIdsAsync("", ct))
            {
                var category = id.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash ? id[..dash] : id;
                categories[category] = categories.GetValueOrDefault(category) + 1;
            }

            var table = new Table().AddColumn("category").AddColumn(new TableColumn("streams").RightAligned());
            foreach (var (category, count) in categories)
            {
                table.AddRow(Markup.Escape(category), count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Ansi.WriteLine(ReplayStore.Describe(replay.Settings));
            console.Ansi.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
