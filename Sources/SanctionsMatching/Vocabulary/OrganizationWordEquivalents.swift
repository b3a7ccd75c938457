/// Words of organization names that are one word across languages: the
/// Russian, Ukrainian or Belarusian word romanized (`zavod`, `agentstvo`,
/// `nauchno-issledovatelskiy`) and its English translation (`plant`,
/// `agency`, `research`). Authorities publish such names both ways
/// (`Агентство Интернет Исследований` / `Internet Research Agency`).
///
/// English words match exactly; the romanized words match by stem (any
/// ending, so every grammatical case agrees), or exactly when short.
/// Written from knowledge of the languages; never learned from list files.
enum OrganizationWordEquivalents {
  /// One entry per word: English words, romanized stems (at least four
  /// letters, matched as prefixes) and short romanized words (exact).
  static let groups: [(english: [String], stems: [String], exact: [String])] = [
    (["plant", "factory", "works", "mill"], ["zavod", "fabrik", "kombinat"], []),
    (["agency"], ["agentstv", "ahentstv"], []),
    (["research"], ["issledovan", "issledovatel", "doslidn", "daslied"], []),
    (["scientific", "science", "sciences"], ["nauchn", "naukov", "navukov"], ["nauk"]),
    (["production", "manufacturing"], ["proizvodstv", "vyrobnych", "vytvorch"], []),
    (["corporation"], ["korporats", "korporac", "korporaci"], []),
    (["concern"], ["kontsern", "koncern"], []),
    (["company", "companies"], ["kompani", "kampani"], []),
    (["airlines", "airline", "airways"], ["aviakompani", "avialini"], []),
    (["aviation", "aircraft"], ["aviats", "aviac", "aviat"], []),
    (["group"], ["grupp", "hrup"], []),
    (["movement"], ["dvizheni", "rukh"], []),
    (["social", "public"], ["obshchestvenn", "obshestvenn", "hromadsk"], []),
    (["military"], ["voenn", "voyenn", "viyskov"], []),
    (["patriotic"], ["patriotich"], []),
    (["enterprise", "undertaking"], ["predpriyat", "predpriiat", "pidpryiemstv", "pidpriemstv"], []),
    (["republican"], ["respublikansk"], []),
    (["systems", "system"], ["sistem", "system"], []),
    (["unmanned", "drone", "drones"], ["bespilotn", "bezpilotn"], []),
    (["center", "centre"], ["tsentr", "centr", "tsentar"], []),
    (["foundation", "fund"], [], ["fond", "fonda", "fondu"]),
    (["association"], ["obedinen", "obyedinen", "assotsiats", "asotsiats"], []),
    (["union"], ["soyuz", "soiuz"], []),
    (["directorate", "administration"], ["upravleni", "upravlinn"], []),
    (["ministry"], ["ministerstv"], []),
    (["service", "services"], ["sluzhb", "servis"], []),
    (["federal"], ["federaln"], []),
    (["state"], ["gosudarstvenn", "derzhavn", "dziarzhaun"], []),
    (["national"], ["natsionaln", "nacionaln", "natsyianaln"], []),
    (["international"], ["mezhdunarodn", "mizhnarodn"], []),
    (["trading", "trade", "commercial"], ["torgov", "torhov", "targov"], []),
    (["house"], [], ["dom", "doma", "dim"]),
    (["construction", "building"], ["stroitel", "budivel"], []),
    (["oil", "petroleum"], ["neft", "naft"], []),
    (["gas"], ["gazov", "hazov"], []),
    (["energy", "power"], ["energ", "enerh"], []),
    (["marine", "maritime", "sea"], ["morsk"], []),
    (["fleet"], [], ["flot", "flota"]),
    (["shipping"], ["sudokhod", "sudohod"], []),
    (["chemical", "chemicals", "chemistry"], ["khimi", "himich", "khimich"], []),
    (["technologies", "technology", "technological"], ["tekhnolog", "tehnolog", "tekhnalog"], []),
    (["industrial", "industry", "industries"], ["promyshlenn", "promishlenn", "promyslov"], []),
    (["engineering", "machine"], ["mashinostroit", "mashinostroen", "mashynobud"], []),
    (["defense", "defence"], ["oboron"], []),
    (["missile", "missiles", "rocket", "rockets"], ["raket"], []),
    (["weapons", "armament", "armaments", "arms"], ["vooruzheni", "oruzhi", "zbroi"], []),
    (["russian", "russia"], ["rossiysk", "rossiisk", "vserossiysk", "vserossiisk", "rosiysk", "rasiisk"], ["rossii", "rossiya", "rossiia"]),
    (["crimean", "crimea"], ["krymsk"], ["krym", "kryma"]),
    (["distillery", "distilleries"], ["likerovodochn", "vinokur"], []),
    (["insurance"], ["strakhov", "strahov"], []),
    (["investment", "investments"], ["investitsion", "investytsi"], []),
    (["committee"], ["komitet"], []),
    (["council"], ["sovet", "rada"], []),
    (["party"], [], ["partiya", "partii", "partiia", "partiyi"]),
    (["army"], [], ["armiya", "armii", "armiia"]),
    (["youth"], ["molodezh", "molodyozh", "molod"], []),
    (["police"], ["politsi", "politsii", "militsi"], []),
    (["guard", "guards"], ["gvardi", "hvardi"], []),
    (["space", "aerospace"], ["kosmich", "kosmos"], []),
    (["special"], ["spetsial", "spetsyal"], []),
    (["university"], ["universitet"], []),
    (["bank"], ["bank"], []),
    (["security"], ["bezopasnost", "bezpek"], []),
    (["intelligence"], ["razvedk", "razvedyvat"], []),
    (["electronics", "electronic"], ["elektron", "radioelektron"], []),
    (["communications", "communication"], ["svyaz", "sviaz"], []),
    (["instrument", "instruments"], ["priborostr", "pribor"], []),
    (["metallurgical", "metals", "steel"], ["metallurg", "stal"], []),
    (["mining"], ["gornodobyv", "gorno"], []),
    (["holding"], ["kholding", "holding"], []),
  ]

  /// Group numbers start here, clear of the given-name groups (and below
  /// the patronymic groups, which have the high bit set).
  static let firstGroup: UInt16 = 0x4000

  /// Whether `group` is an organization-word group (not a given name's or
  /// a patronymic's).
  static func isOrganizationWordGroup(_ group: UInt16) -> Bool { group >= firstGroup && group < 0x8000 }

  private static let groupOfWord: [String: UInt16] = {
    var table: [String: UInt16] = [:]
    for (index, entry) in groups.enumerated() {
      for word in entry.english + entry.exact where table[word] == nil { table[word] = firstGroup + UInt16(index) }
    }
    return table
  }()

  /// Stems by their first three letters, longest first.
  private static let stemsByPrefix: [UInt32: [(stem: [UInt8], group: UInt16)]] = {
    var table: [UInt32: [(stem: [UInt8], group: UInt16)]] = [:]
    for (index, entry) in groups.enumerated() {
      for stem in entry.stems {
        let bytes = Array(stem.utf8)
        precondition(bytes.count >= 4, "organization word stems have at least four letters")
        table[key(bytes), default: []].append((bytes, firstGroup + UInt16(index)))
      }
    }
    return table.mapValues { $0.sorted { $0.stem.count > $1.stem.count } }
  }()

  @inline(__always)
  private static func key(_ bytes: [UInt8]) -> UInt32 {
    UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
  }

  /// The longest grammatical ending after a stem (`proizvodstv-ennoye`):
  /// a longer rest makes a compound (`tsentr-tekhkhimmash`), not the word.
  static let longestEnding = 6
  /// The stem is at least this share of the word (`bankinter` is not `bank`).
  static let minimumStemShare = 0.6

  /// The equivalence group of a word of an organization name, or 0.
  static func group(of token: [UInt8]) -> UInt16 {
    guard token.count >= 3 else { return 0 }
    if let candidates = stemsByPrefix[key(token)] {
      for candidate in candidates
      where token.count >= candidate.stem.count && token.count <= candidate.stem.count + longestEnding
        && Double(candidate.stem.count) >= minimumStemShare * Double(token.count) && token.starts(with: candidate.stem)
      {
        return candidate.group
      }
    }
    return groupOfWord[String(decoding: token, as: UTF8.self)] ?? 0
  }
}
