using System.Globalization;
using Olympics.Orleans.Rostering.Model;

namespace Olympics.Orleans.Rostering.Generation;

/// <summary>
/// The Games' 35 venues (same codes as the Games generator's catalogue) with where they are: travel limits need
/// coordinates, which the Games catalogue does not carry. Regions are France's (PF is French Polynesia).
/// </summary>
public static class VenueTable
{
    public const string Paris = "Europe/Paris";
    public const string Tahiti = "Pacific/Tahiti";

    // Code | name | city | region | latitude | longitude | capacity
    private const string Table = """
        STA|Stade de France|Saint-Denis|IDF|48.9245|2.3602|77000
        AQC|Paris Aquatics Centre|Saint-Denis|IDF|48.9237|2.3565|5000
        PLD|Paris La Défense Arena|Nanterre|IDF|48.8957|2.2295|15000
        BCY|Bercy Arena|Paris|IDF|48.8386|2.3785|15000
        RGA|Roland-Garros Stadium|Paris|IDF|48.8470|2.2490|15000
        CMA|Champ-de-Mars Arena|Paris|IDF|48.8530|2.2990|9000
        EFT|Eiffel Tower Stadium|Paris|IDF|48.8556|2.2986|12000
        GPA|Grand Palais|Paris|IDF|48.8661|2.3125|8000
        INV|Invalides|Paris|IDF|48.8566|2.3126|8000
        PAC|Pont Alexandre III|Paris|IDF|48.8639|2.3136|1000
        CON|La Concorde|Paris|IDF|48.8656|2.3212|30000
        PRA|Parc des Princes|Paris|IDF|48.8414|2.2530|48000
        SPA|South Paris Arena 1|Paris|IDF|48.8320|2.2880|12000
        SPD|South Paris Arena 4|Paris|IDF|48.8322|2.2875|6650
        SPF|South Paris Arena 6|Paris|IDF|48.8318|2.2885|7000
        NPA|North Paris Arena|Villepinte|IDF|48.9680|2.5190|7000
        PCA|Porte de La Chapelle Arena|Paris|IDF|48.8990|2.3600|7500
        YDM|Yves-du-Manoir Stadium|Colombes|IDF|48.9290|2.2470|15000
        LEB|Le Bourget Sport Climbing Venue|Le Bourget|IDF|48.9330|2.4250|5000
        VER|Château de Versailles|Versailles|IDF|48.8049|2.1204|40000
        VNS|Vaires-sur-Marne Nautical Stadium|Vaires-sur-Marne|IDF|48.8690|2.6400|14000
        NVL|National Velodrome|Saint-Quentin-en-Yvelines|IDF|48.7880|2.0350|5000
        BMS|Saint-Quentin-en-Yvelines BMX Stadium|Saint-Quentin-en-Yvelines|IDF|48.7885|2.0400|5000
        ELA|Elancourt Hill|Élancourt|IDF|48.7840|1.9600|25000
        GNA|Le Golf National|Guyancourt|IDF|48.7540|2.0760|35000
        CHX|Châteauroux Shooting Centre|Châteauroux|CVL|46.8420|1.6920|3000
        PMA|Pierre Mauroy Stadium|Lille|HDF|50.6120|3.1300|27000
        MAR|Marseille Marina|Marseille|PAC|43.2660|5.3700|5000
        MST|Marseille Stadium|Marseille|PAC|43.2698|5.3959|67000
        BDX|Bordeaux Stadium|Bordeaux|NAQ|44.8970|-0.5610|42000
        LYN|Lyon Stadium|Lyon|ARA|45.7650|4.9820|59000
        NAN|La Beaujoire Stadium|Nantes|PDL|47.2560|-1.5250|35000
        NIC|Nice Stadium|Nice|PAC|43.7050|7.1930|36000
        STE|Geoffroy-Guichard Stadium|Saint-Étienne|ARA|45.4610|4.3900|41000
        TAH|Teahupo'o|Teahupo'o, Tahiti|PF|-17.8470|-149.2670|5000
        """;

    /// <summary>All venues in catalogue order.</summary>
    public static IReadOnlyList<RosterVenue> All { get; } = Table.Split('\n').Select(Parse).ToList();

    private static RosterVenue Parse(string line)
    {
        var f = line.Trim().Split('|');
        var c = CultureInfo.InvariantCulture;
        return new RosterVenue(
            f[0], f[1], f[2], f[3], f[0] == "TAH" ? Tahiti : Paris, double.Parse(f[4], c), double.Parse(f[5], c), int.Parse(f[6], c));
    }
}
