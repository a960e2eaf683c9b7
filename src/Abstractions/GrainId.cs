namespace Olympics.Orleans;

/// <summary>Identifies one grain: the grain interface's type name and the key.</summary>
/// <param name="Type">The grain interface's full name.</param>
/// <param name="Key">The grain's key as a string (a Guid key in its "D" form).</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}/{Key}";
}
