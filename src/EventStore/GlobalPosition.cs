using System.Globalization;

namespace Olympics.Orleans.EventStore;

/// <summary>
/// A place in the global order of events: the writing transaction id, then the sequence within the store.
/// Its token form is opaque to callers and sorts like the position.
/// </summary>
public readonly record struct GlobalPosition(ulong TransactionId, long Sequence) : IComparable<GlobalPosition>
{
    /// <summary>Before the first event.</summary>
    public static GlobalPosition Start { get; } = new(0, 0);

    /// <inheritdoc />
    public int CompareTo(GlobalPosition other)
    {
        var byTransaction = TransactionId.CompareTo(other.TransactionId);
        return byTransaction != 0 ? byTransaction : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Less-than by global order.</summary>
    public static bool operator <(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) < 0;

    /// <summary>Greater-than by global order.</summary>
    public static bool operator >(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) > 0;

    /// <summary>Less-or-equal by global order.</summary>
    public static bool operator <=(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-or-equal by global order.</summary>
    public static bool operator >=(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) >= 0;

    /// <summary>The resume token: 33 characters, sortable as text.</summary>
    public string ToToken() => string.Create(CultureInfo.InvariantCulture, $"{TransactionId:x16}-{Sequence:x16}");

    /// <inheritdoc />
    public override string ToString() => ToToken();

    /// <summary>Parses a resume token made by <see cref="ToToken"/>.</summary>
    public static bool TryParse(string? token, out GlobalPosition position)
    {
        position = Start;
        if (token is not { Length: 33 } || token[16] != '-')
        {
            return false;
        }

        if (!ulong.TryParse(token.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var tx)
            || !long.TryParse(token.AsSpan(17), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var seq)
            || seq < 0)
        {
            return false;
        }

        position = new GlobalPosition(tx, seq);
        return true;
    }

    /// <summary>Parses a resume token, or throws <see cref="FormatException"/> saying why.</summary>
    public static GlobalPosition Parse(string token) => TryParse(token, out var position)
        ? position
        : throw new FormatException($"'{token}' is not a resume token: expected 16 hex digits, '-', 16 hex digits.");
}
