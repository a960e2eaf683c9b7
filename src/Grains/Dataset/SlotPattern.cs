namespace Olympics.Orleans.Grains.Dataset;

/// <summary>When a discipline's sessions start (venue local time) and how long they last.</summary>
internal sealed record SlotPattern(IReadOnlyList<(TimeOnly Start, TimeSpan Length)> Slots)
{
    private static readonly SlotPattern _day = Of((9, 0, 210), (14, 0, 210), (19, 30, 210));

    // Indoor team sports and beach volleyball play late: the evening session ends after local midnight,
    // so its ODF logical day is the day before its calendar end.
    private static readonly SlotPattern _late = Of((10, 0, 180), (15, 0, 180), (21, 0, 210));

    private static readonly SlotPattern _morning = Of((8, 0, 300));

    // Teahupo'o surfs in local daylight; the afternoon session starts after midnight in Paris.
    private static readonly SlotPattern _tahiti = Of((7, 0, 270), (12, 30, 270));

    public static SlotPattern Of(char kind) => kind switch
    {
        'D' => _day,
        'L' => _late,
        'M' => _morning,
        'T' => _tahiti,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Slot patterns are D, L, M or T."),
    };

    private static SlotPattern Of(params (int Hour, int Minute, int Minutes)[] slots) =>
        new(slots.Select(s => (new TimeOnly(s.Hour, s.Minute), TimeSpan.FromMinutes(s.Minutes))).ToList());
}
