using Olympics.Orleans.EventStore;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Push;
using Olympics.Orleans.Silo.Tests.Odf;

namespace Olympics.Orleans.Silo.Tests.Push;

/// <summary>A running silo with the ODF sources and one push partner pointing at a <see cref="FakePartner"/>.</summary>
internal static class PushSilo
{
    public const string Partner = "agency";
    public const string PartnerKey = "agency-push-key-0123456789";

    public static Task<RunningSilo> StartAsync(FakePartner partner, string tier = "Cis", params string[] extraArgs) =>
        StartInSchemaAsync(TestPostgres.NewSchemaName(), partner, tier, extraArgs);

    public static Task<RunningSilo> StartInSchemaAsync(string schema, FakePartner partner, string tier = "Cis", params string[] extraArgs) =>
        RunningSilo.StartInSchemaAsync(schema, null,
        [
            $"--Odf:Sources:{OdfSilo.Source}:ApiKey={OdfSilo.Key}",
            $"--Push:Partners:{Partner}:Url={partner.Url}",
            $"--Push:Partners:{Partner}:ApiKey={PartnerKey}",
            $"--Push:Partners:{Partner}:Tier={tier}",
            "--Push:RetryInterval=00:00:00.1",
            .. extraArgs,
        ]);

    /// <summary>Posts one ODF message (a distinct document per code) and checks it was stored.</summary>
    public static async Task PostAsync(this RunningSilo silo, int version, string code = OdfMessages.Rsc)
    {
        using var response = await silo.Http.PostAsync(OdfMessages.Xml(version, code));
        response.EnsureSuccessStatusCode();
    }

    public static string Code(int n) => $"ATHM100M--------------HTS-{n:D4}----";

    /// <summary>The partner's delivery records.</summary>
    public static async Task<PushDelivered[]> DeliveriesAsync(this RunningSilo silo)
    {
        var serializer = silo.Service<EventSerializer>();
        var ct = TestContext.Current.CancellationToken;
        return await silo.Service<IEventStore>().ReadStreamAsync(PushCheckpoint.StreamOf(Partner), ct: ct)
            .Select(e => (PushDelivered)serializer.Deserialize(e.Type, e.Data)).ToArrayAsync(ct);
    }
}
