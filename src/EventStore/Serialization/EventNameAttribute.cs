namespace Olympics.Orleans.EventStore.Serialization;

/// <summary>
/// The stable name an event (or snapshot) type is stored under, e.g. "accreditation.issued.v1". Never the CLR
/// name, so that renaming a class never breaks the replay of stored history.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    /// <summary>The stored name.</summary>
    public string Name { get; } = name;
}
