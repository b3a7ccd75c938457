public import SanctionsLists
public import SanctionsMatching

/// One name to screen, with optional attributes that refine the score.
public struct ScreeningQuery: Sendable, Hashable {
  /// The name, in any script.
  public var name: String
  /// What kind of party the name belongs to (`.any` when unknown).
  public var kind: PartyKind
  /// Year of birth (persons) or registration, when known.
  public var birthYear: Int?
  /// Country (ISO 3166-1 alpha-2 code or English name), when known.
  public var country: String?

  /// Creates a query.
  public init(name: String, kind: PartyKind = .any, birthYear: Int? = nil, country: String? = nil) {
    self.name = name
    self.kind = kind
    self.birthYear = birthYear
    self.country = country
  }
}

/// One listed entity that matched a query.
public struct ScreeningMatch: Sendable, Hashable {
  /// The source-qualified entity id (`un:QDi.001`, `ofac:306`).
  public let entityID: String
  /// The list the entity comes from.
  public let source: ListSource
  /// The entity's type.
  public let entityType: EntityType
  /// The entity's name that matched best (the one the score is for).
  public let matchedName: String
  /// What kind of name it is (primary, aka, original script, ...).
  public let nameKind: SanctionsLists.NameKind
  /// The final score: the name score adjusted by the query's attributes.
  public let score: Double
  /// The score of the names alone.
  public let nameScore: Double
  /// How the query's attributes moved the score (type, birth year, country).
  public let adjustments: [ScoreAdjustment]
  /// Every loaded record of this party: the same designation published in
  /// several files (OFAC's SDN list and the US CSL's copy of it) is one
  /// match. The matched record (``entityID``) comes first, then the others by id.
  public let records: [PartyRecord]

  let entityIndex: Int
  let nameNumber: Int
}

/// Why a query could not be screened.
public enum ScreeningError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name could not be normalized (empty, too long, ...).
  case invalidName(String)
  /// The threshold is outside [0, 1].
  case invalidThreshold(Double)

  public var description: String {
    switch self {
    case .invalidName(let reason): return reason
    case .invalidThreshold(let value): return "threshold \(value) is outside 0...1"
    }
  }
}

/// The facts about a listed entity that screening needs, kept compact so a
/// persisted index loads quickly.
public struct ScreeningEntity: Sendable, Hashable {
  /// Source-qualified id.
  public let id: String
  /// Source list.
  public let source: ListSource
  /// Person, organization, vessel, aircraft or unknown.
  public let type: EntityType
  /// Names with their kinds.
  public let names: [ScreeningName]
  /// Years of birth as inclusive ranges (an exact date is a one-year range).
  public let birthYears: [ClosedRange<Int>]
  /// Countries linked to the entity (nationality, citizenship, address,
  /// flag): ISO codes in upper case and names in lower case.
  public let countries: [String]
  /// The id of the designation this record republishes (see ``Entity/sameAs``).
  public let sameAs: String?
  /// The position in ``ListProvenance/files`` of the file the entity was read
  /// from; nil when the screener was built from entities alone.
  public let listFile: Int?

  /// The party the record belongs to: records with the same party id are
  /// reported as one match.
  public var partyID: String { sameAs ?? id }
}

/// A listed name with its kind.
public struct ScreeningName: Sendable, Hashable {
  /// The name as listed.
  public let value: String
  /// Primary, aka, weak aka, original script, ...
  public let kind: SanctionsLists.NameKind
}

extension ScreeningEntity {
  init(_ entity: Entity, listFile: Int? = nil) {
    var years: [ClosedRange<Int>] = []
    for date in entity.birthDates {
      switch date {
      case .exact(let value): years.append(value.year...value.year)
      case .year(let year): years.append(year...year)
      case .range(let from, let to): years.append(min(from.year, to.year)...max(from.year, to.year))
      case .circa(let value): years.append((value.year - 2)...(value.year + 2))
      case .text: break
      }
    }
    var countries: [String] = []
    func add(_ country: Country?) {
      guard let country else { return }
      if let code = country.code { countries.append(code.uppercased()) }
      countries.append(country.name.lowercased())
    }
    entity.nationalities.forEach(add)
    entity.citizenships.forEach(add)
    entity.addresses.forEach { add($0.country) }
    add(entity.vessel?.flag)
    var seen = Set<String>()
    self.init(
      id: entity.id, source: entity.source, type: entity.type,
      names: entity.names.map { ScreeningName(value: $0.value, kind: $0.kind) },
      birthYears: years, countries: countries.filter { seen.insert($0).inserted }, sameAs: entity.sameAs,
      listFile: listFile)
  }

  /// The matching rules for this entity's names.
  var partyKind: PartyKind { PartyKind(type) }
}

extension PartyKind {
  /// The matching rules for names of an entity of `type` (`.any` when the
  /// type is unknown).
  public init(_ type: EntityType) {
    switch type {
    case .person: self = .person
    case .organization: self = .organization
    case .vessel: self = .vessel
    case .aircraft: self = .aircraft
    case .unknown: self = .any
    }
  }
}
