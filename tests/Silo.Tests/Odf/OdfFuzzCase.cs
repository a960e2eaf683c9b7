using System.Text;

namespace Olympics.Orleans.Silo.Tests.Odf;

/// <summary>
/// One request of the fuzz run: what was done to which seed, the bytes and key sent, and (when the mutation decides it)
/// the answer it must get: a status and, for a 400, the attribute the problem must name.
/// </summary>
internal sealed record OdfFuzzCase(string Kind, string Mutation, byte[] Body, string? Key, bool Gzip = false, bool LabelOnly = false)
{
    public int? ExpectedStatus { get; init; }

    public string? ExpectedField { get; init; }

    /// <summary>The bytes sent, under Content-Encoding gzip when <see cref="Gzip"/>.</summary>
    public byte[] Wire => Gzip && !LabelOnly ? OdfSilo.Gzip(Body) : Body;

    public OdfFuzzCase Expect(int status, string? field = null) => this with { ExpectedStatus = status, ExpectedField = field };

    /// <summary>The case as a failure message shows it: kind, mutation and the start of the body.</summary>
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 600));
        return $"{Kind}: {Mutation} (key {Key ?? "none"}{(Gzip ? ", gzip" : "")}{(LabelOnly ? " label only" : "")}, {Body.Length} bytes)\n{text}";
    }
}
