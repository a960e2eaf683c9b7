using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.Odf.Apply;

namespace Olympics.Orleans.Grains.Tests.Odf.Apply;

/// <summary>Stored documents for the plan's tests: a header and a Competition body.</summary>
internal static class OdfDocuments
{
    public const string Unit = "ATHM100M--------------FNL-000100--";
    public static readonly DateTimeOffset At = new(2024, 8, 4, 19, 55, 12, TimeSpan.Zero);

    public static OdfHeader Header(string type, string code = Unit, string? status = null, string? subcode = null, int version = 3, string? language = "ENG") =>
        new("OG2024", code, subcode, type, null, version, status, language, "P", new DateOnly(2024, 8, 4), new TimeOnly(21, 55), new DateOnly(2024, 8, 4), "SEQ_ATH");

    public static string Xml(string body) => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OdfBody><Competition Gen=\"OG2024\">{body}</Competition></OdfBody>";

    public static OdfApplyDecision Plan(OdfHeader header, string body, bool withdrawn = false) =>
        OdfApplyPlan.For(header, withdrawn, withdrawn ? "<OdfBody/>" : Xml(body), At);

    /// <summary>The only step's command, of type <typeparamref name="T"/>, after checking its target.</summary>
    public static T Single<T>(this OdfApplyDecision decision, OdfTarget target, string key)
    {
        decision.Refusal.ShouldBeNull();
        var step = decision.Steps.ShouldHaveSingleItem();
        (step.Target, step.Key).ShouldBe((target, key));
        return step.Command.ShouldBeOfType<T>();
    }

    public static string Refused(this OdfApplyDecision decision)
    {
        decision.Steps.ShouldBeEmpty();
        return decision.Refusal.ShouldNotBeNull();
    }
}
