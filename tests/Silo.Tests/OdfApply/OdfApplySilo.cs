using System.Globalization;
using Npgsql;
using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf.Apply;

namespace Olympics.Orleans.Silo.Tests.OdfApply;

/// <summary>Messages with a body of the test's choosing, the process's checkpoint stream, and bounded waiting.</summary>
internal static class OdfApplySilo
{
    public static string Xml(string type, string code, int version, string? status, string? body, string? subcode = null, string? language = "ENG")
    {
        var header = OdfMessages.Header(version, code);
        (header["DocumentType"], header["ResultStatus"], header["Language"], header["DocumentSubcode"]) = (type, status, language, subcode);
        var competition = body is null ? "" : $"<Competition Gen=\"OG2024\">{body}</Competition>";
        return OdfMessages.Xml(header, withdrawal: true).Replace("></OdfBody>", $">{competition}</OdfBody>", StringComparison.Ordinal);
    }

    /// <summary>The process's checkpoint stream, deserialized.</summary>
    public static async Task<IOdfApplyEvent[]> ProcessEventsAsync(this RunningSilo silo)
    {
        var serializer = silo.Service<EventSerializer>();
        return await silo.Service<IEventStore>().ReadStreamAsync(OdfApplyProcess.CheckpointStream, ct: TestContext.Current.CancellationToken)
            .Select(e => (IOdfApplyEvent)serializer.Deserialize(e.Type, e.Data)).ToArrayAsync(TestContext.Current.CancellationToken);
    }

    public static Task<long> VersionOfAsync(this RunningSilo silo, string stream) =>
        silo.Service<IEventStore>().GetStreamVersionAsync(stream, TestContext.Current.CancellationToken);

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"After {seconds} s: {what}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
