/// Place words in organization names: continents, regions, compass points
/// and countries (with their adjectives). In a company's name they say where
/// it works, not who it is (`Garantex Europe`, `Jund al-Khilafah in
/// Tunisia`): an unmatched one is not evidence against a match, and alone
/// they identify no one. Written from general knowledge.
enum GeographicWords {
  static let all: Set<String> = [
    // Continents, regions, directions
    "europe", "european", "asia", "asian", "africa", "african", "america", "american", "americas", "latin",
    "pacific", "atlantic", "middle", "east", "eastern", "west", "western", "north", "northern", "south",
    "southern", "central", "gulf", "caspian", "caucasus", "caucasian", "balkan", "baltic", "scandinavia",
    "mediterranean", "levant", "maghreb", "sahel", "arab", "arabian", "arabia", "eurasia", "eurasian",
    "overseas", "orient", "oriental", "far",
    // Countries and their adjectives (romanized as lists write them)
    "afghanistan", "afghan", "albania", "algeria", "algerian", "angola", "argentina", "armenia", "armenian",
    "australia", "australian", "austria", "austrian", "azerbaijan", "azerbaijani", "bahrain", "bangladesh",
    "belarus", "belarusian", "belgium", "bolivia", "bosnia", "brazil", "brazilian", "britain", "british",
    "bulgaria", "bulgarian", "burma", "burmese", "cambodia", "canada", "canadian", "chile", "colombia", "congo",
    "crimea", "crimean", "croatia", "cuba", "cuban", "cyprus", "czech", "denmark", "egypt", "egyptian",
    "emirates", "eritrea", "ethiopia", "finland", "france", "french", "georgia", "georgian", "germany", "german",
    "greece", "greek", "guinea", "hong", "kong", "hungary", "india", "indian", "indonesia", "iraq", "iraqi",
    "ireland", "israel", "italy", "italian", "japan", "japanese", "jordan", "kazakhstan", "kenya", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lebanese", "libya", "libyan", "lithuania", "malaysia", "mali",
    "mexico", "mexican", "moldova", "mongolia", "morocco", "mozambique", "myanmar", "nepal", "netherlands",
    "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "pakistani", "palestine", "palestinian",
    "panama", "peru", "philippines", "poland", "polish", "portugal", "qatar", "romania", "rossiya", "rossii",
    "saudi", "serbia", "singapore", "slovakia", "somalia", "spain", "spanish", "sudan", "sudanese", "sweden",
    "switzerland", "swiss", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "tunisian", "turkey",
    "turkish", "turkmenistan", "uganda", "ukraine", "ukrainian", "uzbekistan", "venezuela", "venezuelan",
    "vietnam", "yemen", "yemeni", "zambia", "zimbabwe", "emirati", "kingdom", "states", "federation",
  ]

  /// Abbreviations in place names, with the words they stand for, which
  /// other languages write out (`St. John's` / `Сент-Джонс`).
  static let abbreviations: [String: [String]] = [
    "st": ["saint", "sankt"], "ste": ["sainte"], "mt": ["mount"], "ft": ["fort"], "pt": ["port", "point"],
  ]

  /// Words naming the kind of a place rather than the place (`Cocos
  /// Islands`, `Mawson Station`, `Midway Atoll`, `Kuwait City`), which other
  /// languages often leave out. In a name of unknown type they are stop
  /// words: never the evidence, never evidence against.
  static let placeFeatures: Set<String> = [
    "island", "islands", "isle", "isles", "atoll", "archipelago", "station", "city",
  ]
}
