namespace Olympics.Orleans.Silo.Tests;

/// <summary>
/// Tests that run the silo's commands share one console: Spectre.Console refuses two live displays (a progress bar,
/// a status spinner) at once, so these classes never run in parallel with each other.
/// </summary>
[CollectionDefinition(nameof(ConsoleCommands))]
public sealed class ConsoleCommands;
