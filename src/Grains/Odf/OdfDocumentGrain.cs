using Olympics.Orleans.Contracts.Odf;
using Olympics.Orleans.GrainInterfaces.Odf;
using Olympics.Orleans.Grains.EventSourcing;

namespace Olympics.Orleans.Grains.Odf;

/// <summary>An ODF document: loads its stream, decides, appends. The rules live in <see cref="OdfDocumentDecider"/>.</summary>
public sealed class OdfDocumentGrain : EventSourcedGrain<OdfDocument, IOdfDocumentEvent>, IOdfDocumentGrain
{
    /// <inheritdoc />
    protected override string StreamCategory => "odf";

    /// <inheritdoc />
    protected override OdfDocument InitialState => OdfDocument.None;

    // Fast-changing documents (DT_CURRENT) collect many versions; only the latest matters on activation.
    /// <inheritdoc />
    protected override string? SnapshotType => "odf.document.state.v1";

    /// <inheritdoc />
    public async Task<OdfReceipt> ReceiveMessageAsync(ReceiveOdfMessage command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var outcome = OdfOutcome.Duplicate;
        await ExecuteAsync(command, (c, s) =>
        {
            var decision = OdfDocumentDecider.Decide(GetPrimaryKeyString(), c, s);
            outcome = decision.Outcome;
            return decision.Events;
        });
        return new OdfReceipt(outcome, GetPrimaryKeyString(), command.Header.Version);
    }

    /// <inheritdoc />
    public Task<OdfDocumentView?> GetDocumentAsync() => Task.FromResult(OdfDocumentViews.From(GetPrimaryKeyString(), State, Version));

    /// <inheritdoc />
    protected override OdfDocument Evolve(OdfDocument state, IOdfDocumentEvent @event) => OdfDocument.Evolve(state, @event);
}
