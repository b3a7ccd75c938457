/// General linguistic knowledge about name parts: particles, stop words,
/// very common given names and generic organization words. Common parts are
/// weak evidence; particles and stop words are almost none.
///
/// These are written from knowledge of naming conventions, never learned
/// from list files.
enum NameVocabulary {
  /// Connecting particles of Arabic, Persian, Hebrew, Romance, Germanic and
  /// Dutch names (`bin`, `al`, `van`, `de`, …), in romanized form.
  static let particles: Set<String> = [
    "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ez", "bin", "ibn", "bint",
    "ben", "bent", "ould", "wuld", "bou", "ait", "b", "mc", "mac",
    "van", "von", "der", "den", "de", "da", "di", "do", "dos", "das", "del", "della", "dello", "la", "le",
    "lo", "les", "du", "des", "ten", "ter", "zu", "y", "e", "i", "bn", "bnt", "ag", "oglu", "ogly",
    "kyzy", "uulu",
  ]

  /// Words that join or frame organization names and carry no identity.
  static let stopWords: Set<String> = [
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "a", "an", "und", "et", "y", "i", "e",
    "der", "die", "das", "des", "de", "du", "la", "le", "les", "el", "los", "las", "il", "fi", "wa",
    "li", "lil", "po", "na", "pod", "imeni", "im", "named", "after", "aka", "fka", "nka",
  ]

  /// Very common given names and name elements (in several spellings): a
  /// match on them alone says little.
  static let commonGivenNames: Set<String> = [
    // Arabic and Muslim
    "muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "mohd", "muhamad", "mehmet",
    "mahmoud", "mahmud", "ahmad", "ahmed", "ahmet", "ali", "hasan", "hassan", "husayn", "hussein",
    "husain", "hussain", "hussien", "ibrahim", "abdul", "abdel", "abdal", "abd", "abdallah", "abdullah",
    "abdulla", "abdullahi", "omar", "umar", "khalid", "khaled", "mustafa", "mostafa", "yusuf", "yousef",
    "yousuf", "youssef", "ismail", "isa", "musa", "salim", "salem", "said", "saeed", "sa'id", "karim",
    "rahman", "rahim", "aziz", "hamid", "hamad", "hamed", "jamal", "nasser", "nasir", "nasr", "faisal",
    "fatima", "aisha", "khan", "mirza", "reza", "hossein", "hosein", "mohsen", "mehdi", "mahdi",
    // Slavic
    "aleksandr", "alexander", "aleksander", "oleksandr", "aliaksandr", "alexandr", "sergey", "sergei",
    "serhiy", "vladimir", "volodymyr", "andrey", "andrei", "andriy", "dmitry", "dmitriy", "dmitrii",
    "alexey", "aleksey", "alexei", "aleksei", "oleksiy", "igor", "ihor", "ivan", "nikolay", "nikolai",
    "mykola", "mikhail", "mykhailo", "yuri", "yuriy", "yury", "viktor", "victor", "evgeny", "evgeniy",
    "yevgeniy", "yevgeny", "pavel", "petr", "pyotr", "petro", "oleg", "olga", "elena", "yelena", "olena",
    "natalia", "natalya", "tatiana", "tatyana", "irina", "maria", "mariya", "anna", "svetlana",
    "vladimirovich", "aleksandrovich", "alexandrovich", "sergeyevich", "sergeevich", "nikolayevich",
    "nikolaevich", "viktorovich", "ivanovich", "mikhaylovich", "mikhailovich", "anatolyevich",
    "yuryevich", "yurievich", "vladimirovna", "aleksandrovna", "sergeyevna", "sergeevna", "nikolayevna",
    "nikolaevna", "ivanovna", "viktorovna", "anatolyevna", "petrovich", "petrovna", "vasilyevich",
    "vasilievich", "andreyevich", "andreevich", "valeryevich", "valerievich", "borisovich", "olegovich",
    "gennadyevich", "gennadievich", "evgenyevich", "igorevich", "leonidovich", "mikhaylovna",
    // Western
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "mary", "jose", "juan", "carlos", "luis", "jorge", "manuel", "antonio", "francisco", "pedro",
    "maria", "jean", "pierre", "paul", "peter", "mark", "george",
    // East Asian
    "kim", "lee", "li", "park", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
    "nguyen", "tran", "le", "pham",
  ]

  /// Kunya elements (`Abu`, `Umm`): part of how a person is known, but
  /// shared by very many names.
  static let kunya: Set<String> = ["abu", "abou", "abo", "umm", "um", "ummu", "aboo"]

  /// Generic words in organization names: sector, structure and geography.
  static let genericOrganizationWords: Set<String> = [
    "bank", "banka", "banco", "banque", "trading", "trade", "traders", "company", "group", "groups",
    "holding", "holdings", "international", "intl", "industries", "industrial", "industry", "industrie",
    "corporation", "enterprise", "enterprises", "services", "service", "shipping", "ship", "ships",
    "marine", "maritime", "navigation", "oil", "gas", "petroleum", "petrochemical", "energy", "power",
    "investment", "investments", "invest", "capital", "general", "national", "global", "world",
    "technology", "technologies", "tech", "engineering", "construction", "import", "export", "development",
    "commercial", "financial", "finance", "management", "logistics", "transport", "transportation",
    "network", "center", "centre", "organization", "organisation", "foundation", "association",
    "institute", "ministry", "department", "agency", "factory", "plant", "production", "manufacturing",
    "electronics", "electronic", "systems", "system", "solutions", "consulting", "media", "airlines",
    "airline", "aviation", "air", "airways", "line", "lines", "limited", "partners", "resources",
    "mining", "metals", "steel", "chemical", "chemicals", "pharmaceutical", "medical", "research",
    "scientific", "science", "design", "bureau", "office", "union", "federal", "state", "republic",
    "russian", "russia", "iran", "iranian", "china", "chinese", "korea", "korean", "syria", "syrian",
    "company", "firm", "partnership", "fund", "trust", "insurance", "exchange", "market", "markets",
    "security", "defense", "defence", "military", "army", "forces", "force", "front", "movement",
    "party", "brigade", "brigades", "battalion", "committee", "council", "society", "charity",
    "charitable", "relief", "islamic", "islamiyah", "islamiya", "al", "and", "nauchno", "proizvodstvennoe",
    "obedinenie", "zavod", "kombinat", "bank", "tsentr", "konstruktorskoe", "byuro", "institut",
    "ship", "vessel", "tanker", "star", "sea", "ocean", "gulf", "east", "west", "north", "south",
    "middle", "asia", "europe", "euro", "africa", "america", "american", "new", "first", "united",
    // Sectors
    "real", "estate", "realty", "property", "properties", "hotel", "hotels", "data", "digital", "software",
    "telecom", "telecommunications", "communications", "pharma", "health", "healthcare", "food", "foods",
    "retail", "stores", "brands", "motors", "automotive", "textile", "textiles", "agro", "agricultural",
    "farming", "fishing", "fisheries", "cement", "minerals", "materials", "equipment", "supply", "supplies",
    "products", "goods", "distribution", "consultants", "partners", "ventures", "venture", "solutions",
  ]

  /// Patronymic and family-name endings whose stems carry the identity
  /// (`Vladimirovich`): only the most common patronymics are weakened above.
  static func isPatronymic(_ token: String) -> Bool {
    for suffix in ["ovich", "evich", "ovna", "evna", "ichna", "yevich", "yevna", "ievich", "ievna"] where token.hasSuffix(suffix) && token.count > suffix.count + 2 {
      return true
    }
    return false
  }
}
