using System.Globalization;
using Olympics.Orleans.EventStore.ReadModels;
using Olympics.Orleans.Replay.Cli;
using Spectre.Console;

namespace Olympics.Orleans.Replay.Rebuild;

/// <summary><c>rebuild --list</c>: every saved version of every read model, and the shape this build expects.</summary>
internal static class ReadModelList
{
    public static async Task<int> WriteAsync(ReplayConsole console, IReadModelStore readModels, CancellationToken ct)
    {
        var table = new Table().AddColumns("read model", "version", "status", "shape", "position").AddColumn(new TableColumn("events").RightAligned())
            .AddColumn(new TableColumn("MB").RightAligned()).AddColumn("updated (UTC)");
        var saved = await readModels.ListAsync(ct);
        foreach (var row in saved)
        {
            table.AddRow(row.Name, row.Version.ToString(CultureInfo.InvariantCulture), row.Status.ToString().ToLowerInvariant(), row.Shape,
                row.Position.ToToken(), row.Events.ToString("N0", CultureInfo.InvariantCulture),
                (row.Bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture), row.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }

        var never = ReadModelCatalog.Resolve("all").Where(p => saved.All(s => s.Name != p.Name)).Select(p => p.Name).ToList();
        foreach (var name in never)
        {
            table.AddRow(name, "-", "never built", ((ReadModels.Projections.IPersistentProjection)ReadModelCatalog.Resolve(name)[0]).Shape, "-", "-", "-", "-");
        }

        WideTables.Write(console, table);
        return ExitCodes.Ok;
    }
}
