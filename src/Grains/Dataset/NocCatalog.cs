using System.Globalization;

namespace Olympics.Orleans.Grains.Dataset;

/// <summary>
/// The 206 NOCs of Paris 2024 (with AIN, Individual Neutral Athletes, and EOR, the Refugee Olympic Team), each
/// with the name region used to draw athletes' names, and a weight for the size of its delegation.
/// </summary>
internal static class NocCatalog
{
    private const string Table = """
        EN|USA United States of America;CAN Canada;GBR Great Britain;IRL Ireland;AUS Australia;NZL New Zealand;JAM Jamaica;BAH Bahamas;BAR Barbados;TTO Trinidad and Tobago;ANT Antigua and Barbuda;BIZ Belize;BER Bermuda;IVB British Virgin Islands;CAY Cayman Islands;DMA Dominica;GRN Grenada;GUY Guyana;SKN Saint Kitts and Nevis;LCA Saint Lucia;VIN Saint Vincent and the Grenadines;ISV Virgin Islands, US;ARU Aruba;SUR Suriname;GUM Guam;ASA American Samoa;ISR Israel
        FR|FRA France;BEL Belgium;LUX Luxembourg;MON Monaco;HAI Haiti;SEY Seychelles;MRI Mauritius;MAD Madagascar;COM Comoros;DJI Djibouti
        ES|ESP Spain;AND Andorra;MEX Mexico;ARG Argentina;CHI Chile;COL Colombia;PER Peru;VEN Venezuela;ECU Ecuador;BOL Bolivia;PAR Paraguay;URU Uruguay;CUB Cuba;DOM Dominican Republic;PUR Puerto Rico;CRC Costa Rica;PAN Panama;GUA Guatemala;HON Honduras;ESA El Salvador;NCA Nicaragua;GEQ Equatorial Guinea
        PT|POR Portugal;BRA Brazil;ANG Angola;CPV Cabo Verde;GBS Guinea-Bissau;MOZ Mozambique;STP Sao Tome and Principe;TLS Timor-Leste
        DE|GER Germany;AUT Austria;SUI Switzerland;LIE Liechtenstein;NED Netherlands;DEN Denmark;NOR Norway;SWE Sweden;FIN Finland;ISL Iceland
        IT|ITA Italy;SMR San Marino;MLT Malta;GRE Greece;CYP Cyprus;ALB Albania;KOS Kosovo
        SL|POL Poland;CZE Czechia;SVK Slovakia;SLO Slovenia;CRO Croatia;SRB Serbia;BIH Bosnia and Herzegovina;MNE Montenegro;MKD North Macedonia;BUL Bulgaria;ROU Romania;MDA Moldova;UKR Ukraine;HUN Hungary;EST Estonia;LAT Latvia;LTU Lithuania;GEO Georgia;ARM Armenia;AZE Azerbaijan;KAZ Kazakhstan;KGZ Kyrgyzstan;TJK Tajikistan;TKM Turkmenistan;UZB Uzbekistan;MGL Mongolia;AIN Individual Neutral Athletes
        AR|TUR Türkiye;EGY Egypt;ALG Algeria;MAR Morocco;TUN Tunisia;LBA Libya;SUD Sudan;MTN Mauritania;SOM Somalia;BRN Bahrain;IRI Islamic Republic of Iran;IRQ Iraq;JOR Jordan;KUW Kuwait;LBN Lebanon;OMA Oman;PLE Palestine;QAT Qatar;KSA Saudi Arabia;SYR Syrian Arab Republic;UAE United Arab Emirates;YEM Yemen;EOR IOC Refugee Olympic Team
        AF|RSA South Africa;KEN Kenya;ETH Ethiopia;NGR Nigeria;GHA Ghana;UGA Uganda;TAN Tanzania;RWA Rwanda;BDI Burundi;ERI Eritrea;SSD South Sudan;BOT Botswana;NAM Namibia;ZAM Zambia;ZIM Zimbabwe;MAW Malawi;LES Lesotho;SWZ Eswatini;SEN Senegal;CIV Côte d'Ivoire;CMR Cameroon;MLI Mali;BUR Burkina Faso;NIG Niger;BEN Benin;TOG Togo;GUI Guinea;SLE Sierra Leone;LBR Liberia;GAM Gambia;GAB Gabon;CGO Congo;COD Democratic Republic of the Congo;CAF Central African Republic;CHA Chad
        ZH|CHN People's Republic of China;TPE Chinese Taipei;HKG Hong Kong, China;SGP Singapore
        JA|JPN Japan
        KO|KOR Republic of Korea;PRK Democratic People's Republic of Korea
        IN|IND India;PAK Pakistan;BAN Bangladesh;SRI Sri Lanka;NEP Nepal;BHU Bhutan;MDV Maldives;AFG Afghanistan
        SE|INA Indonesia;MAS Malaysia;PHI Philippines;THA Thailand;VIE Vietnam;CAM Cambodia;LAO Lao People's Democratic Republic;MYA Myanmar;BRU Brunei Darussalam;FIJ Fiji;PNG Papua New Guinea;SAM Samoa;TGA Tonga;SOL Solomon Islands;VAN Vanuatu;KIR Kiribati;FSM Federated States of Micronesia;MHL Marshall Islands;NRU Nauru;PLW Palau;TUV Tuvalu;COK Cook Islands
        """;

    // Delegation sizes of Paris 2024, roughly; the rest are small delegations (universality places).
    private const string Weights = "USA:592,FRA:572,AUS:460,GER:428,JPN:403,ITA:403,CHN:388,ESP:382,GBR:327,CAN:315,BRA:277,NED:260,"
        + "POL:210,NZL:195,HUN:170,BEL:165,RSA:149,EGY:148,KOR:143,UKR:140,ARG:136,IRL:133,SUI:127,DEN:125,SWE:118,IND:117,"
        + "CZE:113,SRB:109,MEX:107,TUR:102,NOR:100,GRE:100,ROU:100,UZB:88,COL:87,KAZ:79,AUT:78,POR:73,KEN:72,CRO:71,"
        + "CUB:61,JAM:59,CHI:48,ALG:46,MAR:60,TUN:27,NGR:88,ETH:34,IRI:40,ISR:88,AIN:32,EOR:37";

    private const int SmallDelegation = 6;

    public static IReadOnlyList<GamesNoc> All { get; } = Table.Split('\n')
        .Select(l => l.Trim().Split('|'))
        .SelectMany(r => r[1].Split(';').Select(n => new GamesNoc(n[..3], n[4..], r[0])))
        .ToList();

    public static IReadOnlyDictionary<string, GamesNoc> ByCode { get; } = All.ToDictionary(n => n.Code);

    /// <summary>The relative size of each NOC's delegation, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<int> Weight { get; } = All
        .Select(n => Weights.Split(',').Select(w => w.Split(':')).FirstOrDefault(w => w[0] == n.Code) is { } w
            ? int.Parse(w[1], CultureInfo.InvariantCulture)
            : SmallDelegation)
        .ToList();
}
