using System.Text.Json.Serialization;

namespace Olympics.Orleans.Contracts.Sessions;

/// <summary>The ODF status of a unit's results; JSON and the stored events carry the ODF code (e.g. START_LIST).</summary>
public enum ResultStatus
{
    /// <summary>Only the start list is known.</summary>
    [JsonStringEnumMemberName("START_LIST")]
    StartList,

    /// <summary>Running results during the unit.</summary>
    [JsonStringEnumMemberName("LIVE")]
    Live,

    /// <summary>Results at an intermediate point (a split, the end of a period).</summary>
    [JsonStringEnumMemberName("INTERMEDIATE")]
    Intermediate,

    /// <summary>The unit is over; results are not yet confirmed by the timekeeper.</summary>
    [JsonStringEnumMemberName("UNCONFIRMED")]
    Unconfirmed,

    /// <summary>Confirmed, awaiting the officials' sign-off.</summary>
    [JsonStringEnumMemberName("UNOFFICIAL")]
    Unofficial,

    /// <summary>Signed off by the officials.</summary>
    [JsonStringEnumMemberName("OFFICIAL")]
    Official,

    /// <summary>Under protest.</summary>
    [JsonStringEnumMemberName("PROTESTED")]
    Protested,

    /// <summary>Official but incomplete.</summary>
    [JsonStringEnumMemberName("PARTIAL")]
    Partial,

    /// <summary>On hold.</summary>
    [JsonStringEnumMemberName("PROVISIONAL")]
    Provisional,
}
