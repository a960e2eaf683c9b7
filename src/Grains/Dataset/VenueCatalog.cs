namespace Olympics.Orleans.Grains.Dataset;

/// <summary>The 35 competition venues of a Paris-2024-like Games; codes are ours, names and capacities Paris's.</summary>
internal static class VenueCatalog
{
    public const string Paris = "Europe/Paris";
    public const string Tahiti = "Pacific/Tahiti";

    // Code | name | city | capacity. Everything is in Paris's time zone except Teahupo'o.
    private const string Table = """
        STA|Stade de France|Saint-Denis|77000
        AQC|Paris Aquatics Centre|Saint-Denis|5000
        PLD|Paris La Défense Arena|Nanterre|15000
        BCY|Bercy Arena|Paris|15000
        RGA|Roland-Garros Stadium|Paris|15000
        CMA|Champ-de-Mars Arena|Paris|9000
        EFT|Eiffel Tower Stadium|Paris|12000
        GPA|Grand Palais|Paris|8000
        INV|Invalides|Paris|8000
        PAC|Pont Alexandre III|Paris|1000
        CON|La Concorde|Paris|30000
        PRA|Parc des Princes|Paris|48000
        SPA|South Paris Arena 1|Paris|12000
        SPD|South Paris Arena 4|Paris|6650
        SPF|South Paris Arena 6|Paris|7000
        NPA|North Paris Arena|Villepinte|7000
        PCA|Porte de La Chapelle Arena|Paris|7500
        YDM|Yves-du-Manoir Stadium|Colombes|15000
        LEB|Le Bourget Sport Climbing Venue|Le Bourget|5000
        VER|Château de Versailles|Versailles|40000
        VNS|Vaires-sur-Marne Nautical Stadium|Vaires-sur-Marne|14000
        NVL|National Velodrome|Saint-Quentin-en-Yvelines|5000
        BMS|Saint-Quentin-en-Yvelines BMX Stadium|Saint-Quentin-en-Yvelines|5000
        ELA|Elancourt Hill|Élancourt|25000
        GNA|Le Golf National|Guyancourt|35000
        CHX|Châteauroux Shooting Centre|Châteauroux|3000
        PMA|Pierre Mauroy Stadium|Lille|27000
        MAR|Marseille Marina|Marseille|5000
        MST|Marseille Stadium|Marseille|67000
        BDX|Bordeaux Stadium|Bordeaux|42000
        LYN|Lyon Stadium|Lyon|59000
        NAN|La Beaujoire Stadium|Nantes|35000
        NIC|Nice Stadium|Nice|36000
        STE|Geoffroy-Guichard Stadium|Saint-Étienne|41000
        TAH|Teahupo'o|Teahupo'o, Tahiti|5000
        """;

    public static IReadOnlyList<GamesVenue> All { get; } = Table.Split('\n').Select(Parse).ToList();

    private static GamesVenue Parse(string line)
    {
        var f = line.Trim().Split('|');
        var capacity = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
        // Big venues have more hospitality and media zones; the first six exist everywhere.
        var zones = Enumerable.Range(1, capacity >= 20000 ? 10 : 8).ToList();
        return new GamesVenue(f[0], f[1], f[2], f[0] == "TAH" ? Tahiti : Paris, capacity, zones);
    }
}
