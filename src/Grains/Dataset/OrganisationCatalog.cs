namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Organisations printed on cards. Some names hold commas or quotes, as real ones do.</summary>
internal static class OrganisationCatalog
{
    public static IReadOnlyList<string> Media { get; } =
    [
        "Agence France-Presse", "The Associated Press", "Reuters", "Getty Images", "Xinhua News Agency", "Kyodo News",
        "L'Équipe", "Le Monde", "The New York Times", "La Gazzetta dello Sport", "Marca", "Asahi Shimbun",
        "Yonhap News Agency", "Dow Jones & Company, Inc.", "\"Sport-Express\" Daily", "Folha de S.Paulo",
    ];

    public static IReadOnlyList<string> Broadcasters { get; } =
    [
        "Olympic Broadcasting Services", "NBCUniversal", "France Télévisions", "BBC", "CCTV", "Warner Bros. Discovery",
        "NHK", "Seven Network", "CBC/Radio-Canada", "Grupo Globo", "RAI", "ARD/ZDF", "Televisa, S.A. de C.V.",
    ];

    public static IReadOnlyList<string> Workforce { get; } =
    [
        "Paris 2024", "Paris 2024 Technology", "Préfecture de Police", "Île-de-France Mobilités", "RATP", "SNCF",
        "Ville de Paris", "Sécurité civile", "Assistance Publique - Hôpitaux de Paris",
    ];

    public static IReadOnlyList<string> Contractors { get; } =
    [
        "Atos", "Orange", "Omega Timing", "Samsung", "Sodexo Live!", "GL events", "Securitas", "Elior", "Accor",
        "Alibaba Cloud", "Cisco", "Intel", "Toyota", "Coca-Cola HBC", "Allianz", "Derichebourg Multiservices, SA",
    ];

    public static string InternationalFederation(string sport) => sport switch
    {
        "Aquatics" => "World Aquatics", "Archery" => "World Archery", "Athletics" => "World Athletics",
        "Badminton" => "BWF", "Basketball" => "FIBA", "Boxing" => "Paris 2024 Boxing Unit", "Breaking" => "WDSF",
        "Canoe" => "ICF", "Cycling" => "UCI", "Equestrian" => "FEI", "Fencing" => "FIE", "Football" => "FIFA",
        "Golf" => "IGF", "Gymnastics" => "FIG", "Handball" => "IHF", "Hockey" => "FIH", "Judo" => "IJF",
        "Modern Pentathlon" => "UIPM", "Rowing" => "World Rowing", "Rugby" => "World Rugby", "Sailing" => "World Sailing",
        "Shooting" => "ISSF", "Skateboarding" => "World Skate", "Sport Climbing" => "IFSC", "Surfing" => "ISA",
        "Table Tennis" => "ITTF", "Taekwondo" => "World Taekwondo", "Tennis" => "ITF", "Triathlon" => "World Triathlon",
        "Volleyball" => "FIVB", "Weightlifting" => "IWF", "Wrestling" => "United World Wrestling",
        _ => sport,
    };

    // AIN and EOR are teams, not committees.
    public static string OlympicCommittee(GamesNoc noc) => noc.Code is "AIN" or "EOR" ? noc.Name : $"{noc.Name} Olympic Committee";
}
