public import SanctionsLists
public import SanctionsMatching

/// A culture (or companies) the generator writes names for.
public enum NameCulture: String, CaseIterable, Sendable {
  case english, spanish, german, russian, arabic, persian, turkish, indian, chinese, korean, greek
  case company

  /// Relative frequency in a generated population (out of 100).
  var weight: Int {
    switch self {
    case .english: 11
    case .spanish: 9
    case .german: 5
    case .russian: 9
    case .arabic: 9
    case .persian: 4
    case .turkish: 4
    case .indian: 7
    case .chinese: 7
    case .korean: 4
    case .greek: 2
    case .company: 29
    }
  }
}

/// One generated name.
public struct GeneratedName: Sendable, Hashable {
  /// The name in Latin letters (with the culture's diacritics).
  public let name: String
  /// The same name in the culture's own script (Cyrillic, Arabic, Han, Hangul, Greek), if any.
  public let originalScript: String?
  /// Person or organization.
  public let kind: PartyKind
  /// The culture it was written for.
  public let culture: NameCulture
}

/// A deterministic generator of realistic person and company names from many cultures,
/// built only from the small hand-written tables in `NameParts` and a seeded generator.
public struct NameGenerator: Sendable {
  private var random: SeededRandom
  private let cultures = NameCulture.allCases
  private let weights = NameCulture.allCases.map(\.weight)

  /// Creates a generator; equal seeds give equal name sequences.
  public init(seed: UInt64) {
    random = SeededRandom(seed: seed)
  }

  /// The next name, of a culture drawn by weight.
  public mutating func next() -> GeneratedName {
    name(of: cultures[random.weighted(weights)])
  }

  /// The next name of one culture.
  public mutating func name(of culture: NameCulture) -> GeneratedName {
    switch culture {
    case .english: return latin(english(), culture)
    case .spanish: return latin(spanish(), culture)
    case .german: return latin(german(), culture)
    case .persian: return latin(persian(), culture)
    case .turkish: return latin(turkish(), culture)
    case .indian: return latin(indian(), culture)
    case .russian: return russian()
    case .arabic: return arabic()
    case .chinese: return chinese()
    case .korean: return korean()
    case .greek: return greek()
    case .company: return company()
    }
  }

  /// Appends a second given name unless it repeats one already there.
  private func appendDistinct(_ part: String, to parts: inout [String]) {
    if !parts.contains(part) { parts.append(part) }
  }

  private func latin(_ parts: [String], _ culture: NameCulture) -> GeneratedName {
    GeneratedName(name: parts.joined(separator: " "), originalScript: nil, kind: .person, culture: culture)
  }

  // MARK: Persons

  private mutating func english() -> [String] {
    let female = random.chance(0.5)
    let given = random.pickCommon(female ? NameParts.englishGivenFemale : NameParts.englishGivenMale)
    var parts = [given]
    if random.chance(0.3) {
      let middle = random.pick(female ? NameParts.englishGivenFemale : NameParts.englishGivenMale)
      if middle != given { parts.append(random.chance(0.4) ? String(middle.first!) + "." : middle) }
    }
    if random.chance(0.45) {
      parts.append(random.pickCommon(NameParts.englishSurnames))
    } else {
      parts.append(random.pick(NameParts.englishPlaceStarts) + random.pick(NameParts.englishPlaceEnds))
    }
    return parts
  }

  private mutating func spanish() -> [String] {
    let female = random.chance(0.5)
    let givenNames = female ? NameParts.spanishGivenFemale : NameParts.spanishGivenMale
    var parts = [random.pickCommon(givenNames)]
    if random.chance(0.35) { appendDistinct(random.pick(givenNames), to: &parts) }
    parts.append(spanishSurname())
    if random.chance(0.8) { parts.append(spanishSurname()) }
    return parts
  }

  private mutating func spanishSurname() -> String {
    random.chance(0.8)
      ? random.pickCommon(NameParts.spanishSurnames)
      : random.pick(NameParts.spanishPlaceStarts) + random.pick(NameParts.spanishPlaceEnds)
  }

  private mutating func german() -> [String] {
    let female = random.chance(0.5)
    var parts = [random.pickCommon(female ? NameParts.germanGivenFemale : NameParts.germanGivenMale)]
    if random.chance(0.2) { appendDistinct(random.pick(female ? NameParts.germanGivenFemale : NameParts.germanGivenMale), to: &parts) }
    if random.chance(0.5) {
      parts.append(random.pickCommon(NameParts.germanSurnames))
    } else {
      parts.append(random.pick(NameParts.germanStarts) + random.pick(NameParts.germanEnds))
    }
    return parts
  }

  private mutating func persian() -> [String] {
    let female = random.chance(0.4)
    var parts = [random.pickCommon(female ? NameParts.persianGivenFemale : NameParts.persianGivenMale)]
    if !female, random.chance(0.15) { appendDistinct(random.pick(NameParts.persianGivenMale), to: &parts) }
    parts.append(random.pick(NameParts.persianRoots) + random.pick(NameParts.persianEndings))
    return parts
  }

  private mutating func turkish() -> [String] {
    let female = random.chance(0.45)
    var parts = [random.pickCommon(female ? NameParts.turkishGivenFemale : NameParts.turkishGivenMale)]
    if random.chance(0.2) { appendDistinct(random.pick(female ? NameParts.turkishGivenFemale : NameParts.turkishGivenMale), to: &parts) }
    if random.chance(0.5) {
      parts.append(random.pickCommon(NameParts.turkishSurnames))
    } else {
      let start = random.pick(NameParts.turkishStarts)
      parts.append(start + random.pick(NameParts.turkishEnds).lowercased())
    }
    return parts
  }

  private mutating func indian() -> [String] {
    let female = random.chance(0.45)
    var parts = [random.pickCommon(female ? NameParts.indianGivenFemale : NameParts.indianGivenMale)]
    if random.chance(0.3) {
      appendDistinct(random.chance(0.5) ? random.pick(NameParts.indianMiddles) : random.pick(NameParts.indianGivenMale), to: &parts)
    }
    parts.append(
      random.chance(0.75)
        ? random.pickCommon(NameParts.indianSurnames)
        : random.pick(NameParts.indianRoots) + random.pick(NameParts.indianEndings))
    return parts
  }

  private mutating func russian() -> GeneratedName {
    let female = random.chance(0.4)
    let given = random.pickCommon(female ? NameParts.russianGivenFemale : NameParts.russianGivenMale)
    let root = random.pick(NameParts.russianRoots)
    let middle = random.pick(NameParts.russianMiddles)
    let ending = random.pickCommon(NameParts.russianEndings)
    let surname = (
      root.0 + middle.0 + (female ? ending.1 : ending.0),
      root.1 + middle.1 + (female ? ending.3 : ending.2)
    )
    var latin = [given.0]
    var cyrillic = [given.1]
    if random.chance(0.6) {
      let patronymic = random.pickCommon(NameParts.russianPatronymics)
      latin.append(female ? patronymic.1 : patronymic.0)
      cyrillic.append(female ? patronymic.3 : patronymic.2)
    }
    latin.append(surname.0)
    // Russian documents write the surname first.
    cyrillic.insert(surname.1, at: 0)
    return GeneratedName(
      name: latin.joined(separator: " "), originalScript: cyrillic.joined(separator: " "), kind: .person,
      culture: .russian)
  }

  private mutating func arabic() -> GeneratedName {
    let female = random.chance(0.3)
    let given = random.pickCommon(female ? NameParts.arabicGivenFemale : NameParts.arabicGivenMale)
    var latin = [given.0]
    var native = [given.1]
    if random.chance(0.5) {
      let father = random.pickCommon(NameParts.arabicGivenMale)
      let connector = female ? ("bint", "بنت") : (random.chance(0.7) ? ("bin", "بن") : ("ibn", "ابن"))
      latin += [connector.0, father.0]
      native += [connector.1, father.1]
    }
    if random.chance(0.4) {
      let family = random.pickCommon(NameParts.arabicFamilyNames)
      latin.append(family.0)
      native.append(family.1)
    } else {
      // A composed nisba of the form Al-CaCiCi.
      let c1 = random.pick(NameParts.arabicConsonants)
      let c2 = random.pick(NameParts.arabicConsonants)
      let c3 = random.pick(NameParts.arabicConsonants)
      latin.append("Al-" + c1.0.titleCased + "a" + c2.0 + "i" + c3.0 + "i")
      native.append("ال" + c1.1 + c2.1 + "ي" + c3.1 + "ي")
    }
    return GeneratedName(
      name: latin.joined(separator: " "), originalScript: native.joined(separator: " "), kind: .person,
      culture: .arabic)
  }

  private mutating func chinese() -> GeneratedName {
    let surname = random.pickCommon(NameParts.chineseSurnames)
    var syllables = [random.pick(NameParts.chineseGivenSyllables)]
    if random.chance(0.7) { syllables.append(random.pick(NameParts.chineseGivenSyllables)) }
    let given = syllables.map(\.0).joined().titleCased
    return GeneratedName(
      name: surname.0 + " " + given, originalScript: surname.1 + syllables.map(\.1).joined(), kind: .person,
      culture: .chinese)
  }

  private mutating func korean() -> GeneratedName {
    let surname = random.pickCommon(NameParts.koreanSurnames)
    let first = random.pick(NameParts.koreanGivenSyllables)
    let second = random.pick(NameParts.koreanGivenSyllables)
    let given: String
    switch random.below(3) {
    case 0: given = first.0.titleCased + "-" + second.0
    case 1: given = first.0.titleCased + second.0
    default: given = first.0.titleCased + " " + second.0.titleCased
    }
    return GeneratedName(
      name: surname.0 + " " + given, originalScript: surname.1 + first.1 + second.1, kind: .person,
      culture: .korean)
  }

  private mutating func greek() -> GeneratedName {
    let female = random.chance(0.4)
    let given = random.pickCommon(female ? NameParts.greekGivenFemale : NameParts.greekGivenMale)
    let root = random.pick(NameParts.greekRoots)
    let ending = random.pick(NameParts.greekEndings)
    return GeneratedName(
      name: given.0 + " " + root.0 + ending.0, originalScript: given.1 + " " + root.1 + ending.1, kind: .person,
      culture: .greek)
  }

  // MARK: Companies

  private mutating func company() -> GeneratedName {
    switch random.below(20) {
    case 0, 1:
      // A Russian company, written in Cyrillic with a Latin transliteration.
      let word = random.pick(NameParts.russianCompanyWords)
      var sectors = [random.pick(NameParts.russianCompanySectors)]
      if random.chance(0.6) {
        let second = random.pick(NameParts.russianCompanySectors)
        if second != sectors[0] { sectors.append(second) }
      }
      let form = random.pickCommon(NameParts.russianLegalForms)
      let latin = ([word.0] + sectors.map(\.0)).joined(separator: " ")
      let cyrillic = ([word.1] + sectors.map(\.1)).joined(separator: " ")
      return GeneratedName(
        name: "\(form.0) \(latin)", originalScript: "\(form.1) «\(cyrillic)»", kind: .organization,
        culture: .company)
    case 2:
      // An Arabic trading company.
      let word = random.pick(NameParts.arabicCompanyWords)
      let sector = random.pick(NameParts.arabicCompanySectors)
      let city = random.chance(0.8) ? random.pick(NameParts.arabicCities) : ("", "")
      let latin = [word.0, city.0, sector.0, "Company"].filter { !$0.isEmpty }.joined(separator: " ")
      let arabic = ["شركة", word.1, city.1, sector.1].filter { !$0.isEmpty }.joined(separator: " ")
      return GeneratedName(name: latin, originalScript: arabic, kind: .organization, culture: .company)
    default:
      let brand: String
      switch random.below(10) {
      case 0..<3: brand = random.pickCommon(NameParts.brandWords)
      case 3..<5: brand = random.pickCommon(NameParts.brandWords) + " " + random.pick(NameParts.brandStarts) + random.pick(NameParts.brandEnds)
      case 5..<8: brand = random.pick(NameParts.brandStarts) + random.pick(NameParts.brandEnds)
      default: brand = surname()
      }
      let sector = random.pickCommon(NameParts.sectors)
      let form = random.pickCommon(NameParts.legalForms)
      return GeneratedName(name: "\(brand) \(sector) \(form)", originalScript: nil, kind: .organization, culture: .company)
    }
  }

  /// A family name of any culture, for company names such as `Hartley Shipping Ltd`.
  private mutating func surname() -> String {
    switch random.below(5) {
    case 0: return random.pick(NameParts.englishSurnames)
    case 1: return random.pick(NameParts.germanSurnames)
    case 2: return random.pick(NameParts.russianRoots).0 + random.pick(NameParts.russianEndings).0
    case 3: return random.pick(NameParts.indianSurnames)
    default: return random.pick(NameParts.spanishSurnames)
    }
  }
}

/// A synthetic population of listed entities for the scale benchmark.
public enum SyntheticPopulation {
  /// Entities whose names add up to `nameCount`: one primary name each, plus (for about
  /// a third of the names written in Cyrillic, Arabic, Han, Hangul or Greek) the same name
  /// in its original script as a second name.
  public static func entities(nameCount: Int, seed: UInt64 = 0x5A4E_C710_2026_0001) -> [Entity] {
    var generator = NameGenerator(seed: seed)
    var coin = SeededRandom(seed: seed ^ 0xA11A5)
    var entities: [Entity] = []
    entities.reserveCapacity(nameCount)
    var names = 0
    while names < nameCount {
      let generated = generator.next()
      var entityNames = [EntityName(generated.name, kind: .primary)]
      if let original = generated.originalScript, names + 1 < nameCount, coin.chance(0.35) {
        entityNames.append(EntityName(original, kind: .originalScript))
      }
      names += entityNames.count
      entities.append(
        Entity(
          id: "gen:\(entities.count + 1)", source: .custom,
          type: generated.kind == .person ? .person : .organization, names: entityNames))
    }
    return entities
  }
}

extension String {
  /// The string with its first character upper-cased (`min` → `Min`).
  var titleCased: String { prefix(1).uppercased() + dropFirst() }
}
