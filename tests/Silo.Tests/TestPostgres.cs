namespace Olympics.Orleans.Silo.Tests;

/// <summary>The PostgreSQL server from OLYMPICS_TEST_PG (scripts/test.sh starts one); without it tests fail, never skip.</summary>
public static class TestPostgres
{
    public static string ConnectionString => Environment.GetEnvironmentVariable("OLYMPICS_TEST_PG") is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            "OLYMPICS_TEST_PG is not set: run the suite with scripts/test.sh, which starts a throwaway PostgreSQL, or set it to a connection string.");

    public static string NewSchemaName() => "t_" + Guid.NewGuid().ToString("N")[..12];
}
