using System.Reflection;
using Olympics.Orleans.EventStore.Serialization;
using Olympics.Orleans.Grains.Odf;

namespace Olympics.Orleans.Grains.Tests.Odf;

/// <summary>The ODF stream's stored names are part of the Games' history: fixed, whatever the CLR names become.</summary>
public sealed class OdfStoredNameTests
{
    [Theory]
    [InlineData(typeof(OdfDocumentReceived), "odf.document-received.v1")]
    [InlineData(typeof(OdfDocumentWithdrawn), "odf.document-withdrawn.v1")]
    [InlineData(typeof(OdfDocument), "odf.document.state.v1")]
    public void Each_type_keeps_its_stored_name(Type type, string name) =>
        type.GetCustomAttribute<EventNameAttribute>()!.Name.ShouldBe(name);
}
