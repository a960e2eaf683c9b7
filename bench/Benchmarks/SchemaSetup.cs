namespace Olympics.Orleans.Benchmarks;

/// <summary>
/// Creates Marten's tables and functions (mt_quick_append_events) in a schema through MartenEventStore.InitializeAsync,
/// so that pgbench writes into exactly the tables the store uses.
/// </summary>
internal static class SchemaSetup
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        Console.Error.WriteLine($"  [schema] {options.Schema} ready");
        return 0;
    }
}
