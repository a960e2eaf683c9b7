using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Olympics.Orleans.Contracts.Venues;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Olympics.Orleans.GrainInterfaces;

/// <summary>
/// How Orleans carries the HTTP contract's types (views, reference values) that grain methods take and return. The
/// contract references no Orleans package, so the partner SDK stays free of it: its types travel between silos as
/// JSON, and within a silo they are passed by reference, since every contract type is an immutable record.
/// </summary>
public static class ContractSerialization
{
    private static readonly System.Reflection.Assembly ContractAssembly = typeof(VenueView).Assembly;

    /// <summary>Registers the JSON codec for the contract's types and the by-reference copier.</summary>
    public static ISerializerBuilder AddContractTypes(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddJsonSerializer(isSupported: IsContractType, jsonSerializerOptions: new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        });
        builder.Services.AddSingleton<IGeneralizedCopier, ContractCopier>();
        return builder;
    }

    internal static bool IsContractType(Type type) => type.Assembly == ContractAssembly;

    // Contract types are immutable records: a local call may share them instead of copying through JSON.
    private sealed class ContractCopier : IGeneralizedCopier
    {
        public object? DeepCopy(object? input, CopyContext context) => input;

        public bool IsSupportedType(Type type) => IsContractType(type);
    }
}
