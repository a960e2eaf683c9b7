using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Olympics.Orleans.EventStore.Serialization;

/// <summary>
/// Maps CLR event types to their stored names (from <see cref="EventNameAttribute"/>) and converts them to and
/// from JSON. Registering two types under one name fails at start-up, not during replay.
/// </summary>
public sealed class EventSerializer
{
    private readonly ConcurrentDictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, string> _byType = new();
    private readonly ConcurrentDictionary<string, Func<string, object?>> _readers = new(StringComparer.Ordinal);

    /// <summary>JSON settings for events and snapshots: camelCase, enums as strings.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Registers every type with an <see cref="EventNameAttribute"/> in the assemblies.</summary>
    public EventSerializer RegisterAssemblies(params Assembly[] assemblies)
    {
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetCustomAttribute<EventNameAttribute>() is { } attribute)
            {
                Register(type, attribute.Name);
            }
        }

        return this;
    }

    /// <summary>Registers one type under a stored name.</summary>
    public EventSerializer Register(Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var existing = _byName.GetOrAdd(name, type);
        if (existing != type)
        {
            throw new InvalidOperationException($"Stored event name '{name}' is used by both {existing.FullName} and {type.FullName}.");
        }

        _byType[type] = name;
        return this;
    }

    /// <summary>
    /// Registers a faster reader for the JSON of one stored name (e.g. one that knows the exact shape of an event read by
    /// the hundred thousand). It answers null for JSON it does not know, which <see cref="Deserialize"/> then reads as usual.
    /// </summary>
    public EventSerializer RegisterReader(string name, Func<string, object?> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(read);
        if (!_byName.ContainsKey(name))
        {
            throw new InvalidOperationException($"No event type is registered under '{name}': register it before its reader.");
        }

        _readers[name] = read;
        return this;
    }

    /// <summary>The stored name of a registered type.</summary>
    public string NameOf(Type type) => _byType.TryGetValue(type, out var name)
        ? name
        : throw new InvalidOperationException($"{type.FullName} has no stored event name: add [EventName(\"...\")] and register its assembly.");

    /// <summary>Serializes an event to its stored name and JSON.</summary>
    public (string Type, string Data) Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        return (NameOf(type), JsonSerializer.Serialize(value, type, JsonOptions));
    }

    /// <summary>Deserializes stored JSON by its stored name.</summary>
    /// <exception cref="UnknownEventTypeException">No type is registered under the name.</exception>
    public object Deserialize(string type, string data)
    {
        if (!_byName.TryGetValue(type, out var clrType))
        {
            throw new UnknownEventTypeException(type);
        }

        if (!_readers.IsEmpty && _readers.TryGetValue(type, out var read) && read(data) is { } fast)
        {
            return fast;
        }

        return JsonSerializer.Deserialize(data, clrType, JsonOptions)
            ?? throw new JsonException($"Stored event of type '{type}' has null data.");
    }
}
