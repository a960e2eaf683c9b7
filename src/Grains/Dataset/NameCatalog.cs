namespace Olympics.Orleans.Grains.Dataset;

/// <summary>Given names (men, women) and family names per name region; enough variety for a realistic list.</summary>
internal static class NameCatalog
{
    // Region|men|women|family names
    private const string Table = """
        EN|James,John,Michael,David,Noah,Liam,Oliver,Ethan,Jack,Ryan,Daniel,Thomas|Emma,Olivia,Sophie,Grace,Emily,Hannah,Chloe,Jessica,Sarah,Ella,Megan,Lucy|Smith,Johnson,Williams,Brown,Jones,Miller,Taylor,Wilson,Anderson,Thompson,Walker,Campbell,Murphy,O'Brien,Clarke,Robinson
        FR|Louis,Hugo,Lucas,Théo,Antoine,Mathieu,Julien,Maxime,Nicolas,Pierre,Baptiste,Clément|Léa,Camille,Chloé,Manon,Inès,Clara,Juliette,Louise,Marie,Hélène,Élodie,Margaux|Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Lefèvre,Girard,Fontaine,Rousseau,Chevalier,Mercier
        ES|Alejandro,Carlos,Diego,Javier,Miguel,Pablo,Sergio,Andrés,Mateo,Santiago,Luis,Jorge|María,Lucía,Sofía,Valentina,Camila,Daniela,Paula,Carmen,Isabel,Ana,Gabriela,Elena|García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Díaz,Ramírez,Torres,Flores,Morales,Vargas,Castillo
        PT|João,Pedro,Gabriel,Rafael,Lucas,Tiago,Bruno,Felipe,Diogo,André,Rodrigo,Gustavo|Ana,Beatriz,Mariana,Larissa,Juliana,Rebeca,Inês,Carolina,Fernanda,Letícia,Rita,Joana|Silva,Santos,Oliveira,Souza,Pereira,Costa,Ferreira,Almeida,Carvalho,Gomes,Ribeiro,Lima,Araújo,Martins,Rocha,Barbosa
        DE|Lukas,Jonas,Felix,Maximilian,Lars,Erik,Jan,Sven,Niklas,Matthias,Daan,Magnus|Anna,Lena,Laura,Julia,Sanne,Ingrid,Freya,Lotte,Katharina,Astrid,Femke,Sara|Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,de Vries,van Dijk,Jansen,Hansen,Nielsen,Johansson,Larsen,Virtanen
        IT|Luca,Marco,Alessandro,Matteo,Lorenzo,Giorgos,Andrea,Francesco,Davide,Nikos,Simone,Federico|Giulia,Francesca,Chiara,Sara,Martina,Alessia,Eleni,Federica,Maria,Elisa,Giorgia,Sofia|Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Papadopoulos,Marino,Greco,Bruno,Gallo,Conti,De Luca,Costa
        SL|Jakub,Tomasz,Petr,Marek,Luka,Nikola,Dmytro,Andrei,Bence,Giorgi,Aleksandr,Mihai|Anna,Katarzyna,Tereza,Ana,Jelena,Olena,Iryna,Maria,Réka,Nino,Elena,Ioana|Nowak,Kowalski,Novák,Horvat,Petrović,Jovanović,Shevchenko,Kovalenko,Popescu,Nagy,Kovács,Ivanov,Beridze,Popov,Dvořák,Kuznetsov
        AR|Mohamed,Ahmed,Omar,Youssef,Ali,Karim,Hassan,Mehmet,Mustafa,Khaled,Amir,Emre|Fatima,Aisha,Mariam,Nour,Leila,Yasmin,Zeynep,Sara,Salma,Amina,Huda,Elif|Hassan,Ali,Mahmoud,Ibrahim,Khalil,Haddad,Mansour,Yilmaz,Kaya,Demir,Benali,El Amrani,Saleh,Farouk,Nasser,Öztürk
        AF|Kwame,Chinedu,Tendai,Samuel,Moses,Abebe,Oluwaseun,Kipchoge,Ibrahima,Thabo,Emmanuel,Mamadou|Amara,Faith,Ngozi,Tirunesh,Chiamaka,Aminata,Wanjiru,Thandiwe,Fatou,Esther,Blessing,Grace|Okafor,Mensah,Kiprop,Diallo,Nkosi,Mwangi,Kamara,Traoré,Okonkwo,Bekele,Cheruiyot,Dlamini,Adeyemi,Ndiaye,Otieno,Banda
        ZH|Wei,Hao,Jun,Lei,Yang,Jie,Tao,Peng,Chen,Long,Bo,Zhiwei|Li,Ying,Fang,Xin,Jing,Mei,Yan,Lin,Hui,Xiaoyu,Yifan,Qing|Wang,Li,Zhang,Liu,Chen,Yang,Zhao,Huang,Zhou,Wu,Xu,Sun,Ma,Zhu,Hu,Lin
        JA|Haruto,Ren,Sota,Yuto,Daiki,Kenta,Takumi,Shota,Ryo,Kaito,Hiroshi,Yuki|Yui,Sakura,Hina,Aoi,Mio,Rin,Miyu,Nanami,Haruka,Ayaka,Misaki,Yuna|Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada,Sasaki,Matsumoto,Inoue,Kimura
        KO|Min-jun,Seo-jun,Ji-ho,Hyun-woo,Jae-won,Dong-hyun,Sung-min,Woo-jin,Jun-seo,Tae-yang,Sang-hoon,Kyung-soo|Seo-yeon,Ji-woo,Min-seo,Ha-eun,Yu-jin,Su-bin,Ye-jin,Da-eun,Hye-jin,Eun-ji,So-yeon,Ji-min|Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,Oh,Seo,Shin,Kwon,Hwang
        IN|Arjun,Rohan,Vikram,Rahul,Amit,Sanjay,Imran,Bilal,Anil,Suresh,Karan,Nikhil|Priya,Ananya,Kavya,Pooja,Neha,Deepika,Sania,Aisha,Lakshmi,Meera,Shreya,Anjali|Sharma,Singh,Kumar,Patel,Gupta,Khan,Reddy,Iyer,Chowdhury,Rao,Das,Mehta,Nair,Malik,Perera,Thapa
        SE|Budi,Arif,Nguyen,Somchai,Rizal,Jose,Hafiz,Minh,Sione,Tevita,Aziz,Kiet|Siti,Dewi,Nurul,Mai,Ploy,Maria,Linh,Ayu,Mele,Losana,Putri,Thao|Santoso,Wijaya,Tan,Lim,Nguyen,Tran,Pham,Reyes,Cruz,Bautista,Rahman,Abdullah,Fifita,Tuilagi,Vunipola,Saetang
        """;

    public static IReadOnlyDictionary<string, RegionNames> ByRegion { get; } = Table.Split('\n')
        .Select(l => l.Trim().Split('|'))
        .ToDictionary(r => r[0], r => new RegionNames(r[1].Split(','), r[2].Split(','), r[3].Split(',')));
}

/// <summary>The names of one region.</summary>
internal sealed record RegionNames(IReadOnlyList<string> Men, IReadOnlyList<string> Women, IReadOnlyList<string> Families)
{
    public (string Given, string Family) Draw(Random random, char gender)
    {
        var given = gender == 'W' ? Women : Men;
        return (given[random.Next(given.Count)], Families[random.Next(Families.Count)]);
    }
}
