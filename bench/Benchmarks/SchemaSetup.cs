namespace Olympics.Orleans.Benchmarks;

/// <summary>Creates the store's tables in a schema, so that pgbench writes into exactly the tables the store uses.</summary>
internal static class SchemaSetup
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var store = await BenchHost.PostgresAsync(options.Schema);
        Console.Error.WriteLine($"  [schema] {options.Schema} ready");
        return 0;
    }
}
