using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Olympics.Orleans.Grains.Tests;

/// <summary>Keeps every log entry of the categories it is asked for, to check what operators would read.</summary>
internal sealed class LogCapture(string categoryPrefix) : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName.StartsWith(categoryPrefix, StringComparison.Ordinal) ? _entries : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, string)>? entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => entries is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries?.Enqueue((logLevel, formatter(state, exception)));
    }
}
