using System.Text;

namespace Olympics.Orleans.Replay.Tests;

/// <summary>README.md's shell examples: the command lines of the bash blocks of a section, split as a shell would.</summary>
internal sealed class Readme(string[] lines)
{
    public static Readme Load() => new(File.ReadAllLines(Path.Combine(RepositoryFolder.Root(), "README.md")));

    /// <summary>The commands that start with <paramref name="prefix"/> in the bash blocks of the section whose heading starts with <paramref name="section"/>.</summary>
    public IReadOnlyList<string[]> Commands(string section, string prefix)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith(section, StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no section '{section}'");
        var commands = new List<string[]>();
        var (inBlock, pending) = (false, "");
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock && line == "```bash";
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            pending += line.TrimEnd();
            if (pending.EndsWith('\\'))
            {
                pending = pending[..^1];
                continue;
            }

            if (pending.TrimStart().StartsWith(prefix, StringComparison.Ordinal))
            {
                commands.Add(Split(pending.Trim()));
            }

            pending = "";
        }

        commands.ShouldNotBeEmpty($"README.md's section '{section}' has no command starting with '{prefix}'");
        return commands;
    }

    // Words separated by spaces, double quotes kept together and removed, a comment (#) outside quotes ends the line.
    private static string[] Split(string line)
    {
        var (words, word, quoted, any) = (new List<string>(), new StringBuilder(), false, false);
        foreach (var c in line)
        {
            if (c == '"')
            {
                (quoted, any) = (!quoted, true);
            }
            else if (!quoted && c == '#' && word.Length == 0 && !any)
            {
                break;
            }
            else if (!quoted && char.IsWhiteSpace(c))
            {
                if (word.Length > 0 || any)
                {
                    words.Add(word.ToString());
                }

                (word, any) = (new StringBuilder(), false);
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0 || any)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }
}
