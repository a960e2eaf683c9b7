namespace Olympics.Orleans.Testing;

/// <summary>The checkout the tests run from: the folder of Olympics.Orleans.sln, above the test's build folder.</summary>
internal static class RepositoryFolder
{
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Olympics.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Olympics.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
