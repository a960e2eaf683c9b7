using System.Runtime.ExceptionServices;
using Olympics.Orleans.EventStore;

namespace Olympics.Orleans.Grains;

// Orleans serializes only exceptions of the Microsoft, System and Azure namespaces (or types with generated codecs); ours
// failed to cross a silo or client boundary (NotSupportedException, CodecNotFoundException), so the HTTP edge could not map
// them to 400/409. Contracts and EventStore carry no Orleans package, so their exceptions travel as these surrogates, with
// the fields the edge reads and the remote stack trace.

[GenerateSerializer, Immutable, Alias("olympics.exception.command-rejected")]
internal readonly record struct CommandRejectedSurrogate([property: Id(0)] string Reason, [property: Id(1)] string? StackTrace);

[GenerateSerializer, Immutable, Alias("olympics.exception.invalid-command")]
internal readonly record struct InvalidCommandSurrogate([property: Id(0)] string Field, [property: Id(1)] string Reason, [property: Id(2)] string? StackTrace);

[GenerateSerializer, Immutable, Alias("olympics.exception.concurrency")]
internal readonly record struct ConcurrencySurrogate(
    [property: Id(0)] string StreamId, [property: Id(1)] long ExpectedVersion, [property: Id(2)] long ActualVersion, [property: Id(3)] string? StackTrace);

[GenerateSerializer, Immutable, Alias("olympics.exception.store-unavailable")]
internal readonly record struct StoreUnavailableSurrogate([property: Id(0)] string Message, [property: Id(1)] string? StackTrace);

[RegisterConverter]
internal sealed class StoreUnavailableConverter : IConverter<EventStoreUnavailableException, StoreUnavailableSurrogate>
{
    public EventStoreUnavailableException ConvertFromSurrogate(in StoreUnavailableSurrogate surrogate) =>
        RemoteStack.Restore(new EventStoreUnavailableException(surrogate.Message), surrogate.StackTrace);

    public StoreUnavailableSurrogate ConvertToSurrogate(in EventStoreUnavailableException value) => new(value.Message, value.StackTrace);
}

[RegisterConverter]
internal sealed class CommandRejectedConverter : IConverter<CommandRejectedException, CommandRejectedSurrogate>
{
    public CommandRejectedException ConvertFromSurrogate(in CommandRejectedSurrogate surrogate) =>
        RemoteStack.Restore(new CommandRejectedException(surrogate.Reason), surrogate.StackTrace);

    public CommandRejectedSurrogate ConvertToSurrogate(in CommandRejectedException value) => new(value.Message, value.StackTrace);
}

[RegisterConverter]
internal sealed class InvalidCommandConverter : IConverter<InvalidCommandException, InvalidCommandSurrogate>
{
    public InvalidCommandException ConvertFromSurrogate(in InvalidCommandSurrogate surrogate) =>
        RemoteStack.Restore(new InvalidCommandException(surrogate.Field, surrogate.Reason), surrogate.StackTrace);

    public InvalidCommandSurrogate ConvertToSurrogate(in InvalidCommandException value) => new(value.Field, value.Reason, value.StackTrace);
}

[RegisterConverter]
internal sealed class ConcurrencyConverter : IConverter<ConcurrencyException, ConcurrencySurrogate>
{
    public ConcurrencyException ConvertFromSurrogate(in ConcurrencySurrogate surrogate) => RemoteStack.Restore(
        new ConcurrencyException(surrogate.StreamId, surrogate.ExpectedVersion, surrogate.ActualVersion), surrogate.StackTrace);

    public ConcurrencySurrogate ConvertToSurrogate(in ConcurrencyException value) =>
        new(value.StreamId, value.ExpectedVersion, value.ActualVersion, value.StackTrace);
}

internal static class RemoteStack
{
    public static T Restore<T>(T exception, string? stackTrace) where T : Exception =>
        stackTrace is null ? exception : (T)ExceptionDispatchInfo.SetRemoteStackTrace(exception, stackTrace);
}
