using System.Security.Cryptography;
using System.Text;
using Olympics.Orleans.Grains.Dataset;

namespace Olympics.Orleans.Grains.Tests.Dataset;

/// <summary>A seed decides the whole Games: the same seed gives the same bytes, another seed another Games.</summary>
public sealed class GamesGeneratorDeterminismTests
{
    [Fact]
    public void The_same_seed_gives_a_byte_identical_full_scale_accreditations_file() =>
        CsvHash(GamesGenerator.Generate(new GamesSpec())).ShouldBe(CsvHash(FullGames.Dataset));

    [Fact]
    public void Another_seed_gives_other_accreditations()
    {
        var other = GamesGenerator.Generate(new GamesSpec(Seed: 7, Scale: 0.1));

        CsvHash(other).ShouldNotBe(CsvHash(GamesGenerator.Generate(new GamesSpec(Scale: 0.1))));
        other.Athletes.Select(a => a.Noc + a.FamilyName).ShouldNotBe(GamesGenerator.Generate(new GamesSpec(Scale: 0.1)).Athletes.Select(a => a.Noc + a.FamilyName));
    }

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        var first = Directory.CreateTempSubdirectory("games-a-").FullName;
        var second = Directory.CreateTempSubdirectory("games-b-").FullName;
        try
        {
            GamesDatasetWriter.Write(GamesGenerator.Generate(new GamesSpec(Seed: 11, Scale: 0.05)), first);
            GamesDatasetWriter.Write(GamesGenerator.Generate(new GamesSpec(Seed: 11, Scale: 0.05)), second);

            foreach (var file in GamesDatasetWriter.Files)
            {
                File.ReadAllBytes(Path.Combine(second, file)).ShouldBe(File.ReadAllBytes(Path.Combine(first, file)), file);
            }
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    // Hashing while writing keeps 50 MB of CSV out of memory.
    private static string CsvHash(GamesDataset dataset)
    {
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        using (var writer = new StreamWriter(hashing, new UTF8Encoding(false)))
        {
            AccreditationCsv.Write(writer, dataset.Accreditations);
        }

        return Convert.ToHexString(sha.Hash!);
    }
}
