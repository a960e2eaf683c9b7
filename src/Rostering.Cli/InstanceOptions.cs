using System.CommandLine;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Cli;

/// <summary>Where a command's instance comes from: a file written by <c>generate</c>, or generated again from a seed and scale.</summary>
internal sealed class InstanceOptions
{
    public Option<FileInfo?> File { get; } = new("--instance") { Description = "instance.json written by generate; without it the instance is generated from --seed and --scale." };

    public Option<double> Scale { get; } = new("--scale") { Description = "Fraction of Paris 2024: 1 = 45,000 volunteers and ~150,000 shifts.", DefaultValueFactory = _ => 0.01 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed; the same seed gives the same volunteers and shifts.", DefaultValueFactory = _ => 2024 };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Scale);
        command.Options.Add(Seed);
    }

    public RosterInstance Load(ParseResult result)
    {
        var file = result.GetValue(File);
        if (file is not null)
        {
            return RosterFiles.ReadInstance(file.FullName);
        }

        var scale = result.GetValue(Scale);
        if (scale is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(result), scale, "--scale must be above 0 and at most 1.");
        }

        return GamesCalendar.Generate(result.GetValue(Seed), scale);
    }
}
