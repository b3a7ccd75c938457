/// One listed party (person, organization, vessel, aircraft) from any supported list, in a
/// single source-independent shape.
///
/// Identifiers are source-qualified and stable across publications of the same list:
///
/// | source | id | example |
/// |---|---|---|
/// | UN Security Council | `un:<REFERENCE_NUMBER>` | `un:QDi.001` |
/// | OFAC SDN and Consolidated (CSV and Enhanced XML share the ent_num space) | `ofac:<ent_num>` | `ofac:306` |
/// | US Consolidated Screening List | `csl:<list code>:<_id>` (one row per sub-list) | `csl:SDN:21944` |
/// | UK OFSI / HM Treasury | `uk:<Group ID>` | `uk:13349` |
/// | Canada SEMA | `ca:<regime>:<schedule>:<item>` (slugs) | `ca:burma:1:17` |
/// | Australia DFAT | `au:<base reference>` (rows `34`, `34a`, `34c1` are entity `au:34`) | `au:34` |
/// | FollowTheMoney | `ftm:<id>` | `ftm:NK-abc` |
/// | custom watchlist (CSV/JSON lines) | `custom:<id>` | `custom:W-17` |
/// | plain JSON array of names | `custom:<file stem>:<1-based position>` | `custom:names:12` |
public struct Entity: Sendable, Hashable {
  /// The source-qualified identifier (see the table above).
  public var id: String
  /// The list this entity comes from.
  public var source: ListSource
  /// What kind of party this is.
  public var type: EntityType
  /// Every name of the entity; the first `.primary` name is its main name.
  public var names: [EntityName]
  /// Sanctions programmes or regimes (e.g. `SDGT`, `Al-Qaida`, `Russia`).
  public var programs: [String]
  /// The date the entity was first listed, when the list gives one.
  public var listedOn: PartialDate?
  /// Dates of birth (persons) as the list states them.
  public var birthDates: [BirthDate]
  /// Places of birth as free text.
  public var birthPlaces: [String]
  /// Nationalities.
  public var nationalities: [Country]
  /// Citizenships (kept apart from nationalities when the list distinguishes them).
  public var citizenships: [Country]
  /// Known addresses.
  public var addresses: [Address]
  /// Passports, national ids, tax ids, IMO numbers and other identifiers.
  public var identifiers: [Identifier]
  /// The gender, when the list gives one.
  public var gender: Gender?
  /// Vessel particulars (vessels only).
  public var vessel: VesselDetails?
  /// Free-text remarks, comments, titles and designations, one item per statement.
  public var remarks: [String]
  /// The id of the same designation as its original publisher numbers it, when
  /// this record republishes another list's (the US CSL's OFAC records name
  /// their OFAC entity: `csl:SDN:21944` is `ofac:21944`); nil otherwise.
  /// Screening reports such records as one party.
  public var sameAs: String?

  /// Creates an entity; everything but the id, source, type and names defaults to empty.
  public init(
    id: String, source: ListSource, type: EntityType, names: [EntityName],
    programs: [String] = [], listedOn: PartialDate? = nil, birthDates: [BirthDate] = [],
    birthPlaces: [String] = [], nationalities: [Country] = [], citizenships: [Country] = [],
    addresses: [Address] = [], identifiers: [Identifier] = [], gender: Gender? = nil,
    vessel: VesselDetails? = nil, remarks: [String] = [], sameAs: String? = nil
  ) {
    self.id = id
    self.source = source
    self.type = type
    self.names = names
    self.programs = programs
    self.listedOn = listedOn
    self.birthDates = birthDates
    self.birthPlaces = birthPlaces
    self.nationalities = nationalities
    self.citizenships = citizenships
    self.addresses = addresses
    self.identifiers = identifiers
    self.gender = gender
    self.vessel = vessel
    self.remarks = remarks
    self.sameAs = sameAs
  }

  /// The main name: the first `.primary` name, else the first name, else the id.
  public var primaryName: String {
    names.first(where: { $0.kind == .primary })?.value ?? names.first?.value ?? id
  }
}

/// The kind of listed party.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Comparable {
  /// A natural person.
  case person
  /// A company, group, organisation or other legal entity.
  case organization
  /// A ship.
  case vessel
  /// An aircraft.
  case aircraft
  /// The list does not say (e.g. most US CSL export-control rows, plain name lists).
  case unknown

  /// Orders cases in declaration order.
  public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One name of an entity, with what the list says about it.
public struct EntityName: Sendable, Hashable {
  /// The name exactly as listed (whitespace trimmed and collapsed).
  public var value: String
  /// Whether it is the primary name, an alias, a former name, an original-script name...
  public var kind: NameKind
  /// The list's quality flag (UN and UK `Good`/`Low`, OFAC low-quality aliases).
  public var quality: NameQuality?
  /// The script of an original-script name when the list states it (e.g. `Cyrillic`).
  public var script: String?
  /// The language of the name when the list states it (e.g. `Russian`).
  public var language: String?

  /// Creates a name.
  public init(
    _ value: String, kind: NameKind, quality: NameQuality? = nil, script: String? = nil,
    language: String? = nil
  ) {
    self.value = value
    self.kind = kind
    self.quality = quality
    self.script = script
    self.language = language
  }
}

/// How a name relates to the entity.
public enum NameKind: String, Sendable, Hashable, CaseIterable, Comparable {
  /// The main listed name.
  case primary
  /// Also known as.
  case aka
  /// Formerly known as.
  case fka
  /// Now known as.
  case nka
  /// A weak alias (OFAC "a.k.a." in remarks, low-quality aliases): match with care.
  case weakAka = "weak_aka"
  /// The name in its original, usually non-Latin, script.
  case originalScript = "original_script"

  /// Orders cases in declaration order.
  public static func < (lhs: NameKind, rhs: NameKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The quality a list attaches to an alias.
public enum NameQuality: String, Sendable, Hashable {
  /// A good-quality alias, sufficient to identify the party.
  case good
  /// A low-quality (weak) alias: likely to produce false positives.
  case low
}

/// A person's gender as listed.
public enum Gender: String, Sendable, Hashable {
  /// Male.
  case male
  /// Female.
  case female
  /// Any other value the list gives.
  case other
}

/// A calendar date whose month and day may be unknown (`1963`, `1963-04`, `1963-04-11`).
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month (1–12), if known.
  public var month: Int?
  /// The day of the month, if known (only set together with the month).
  public var day: Int?

  /// Creates a date; a day without a month is dropped.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// ISO 8601 text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
    var text = pad(year, 4)
    if let month {
      text += "-" + pad(month, 2)
      if let day { text += "-" + pad(day, 2) }
    }
    return text
  }

  /// Chronological order; an unknown month or day sorts first.
  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}

/// A date of birth as a list states it.
public enum BirthDate: Sendable, Hashable, CustomStringConvertible {
  /// A stated date: a full date, or a year and month.
  case exact(PartialDate)
  /// Only the year is known.
  case year(Int)
  /// Born between two dates (inclusive), e.g. UN `BETWEEN 1973 and 1974`.
  case range(from: PartialDate, to: PartialDate)
  /// An approximate date ("circa 1960", UN `APPROXIMATELY`).
  case circa(PartialDate)
  /// Text that could not be read as a date, kept verbatim so nothing is lost.
  case text(String)

  /// `1963-04-11`, `1963`, `1973..1974`, `~1960`, or the verbatim text.
  public var description: String {
    switch self {
    case .exact(let date): return date.description
    case .year(let year): return PartialDate(year: year).description
    case .range(let from, let to): return "\(from)..\(to)"
    case .circa(let date): return "~\(date)"
    case .text(let text): return text
    }
  }
}

/// A country as listed, with its ISO 3166-1 alpha-2 code when the text identifies one.
public struct Country: Sendable, Hashable, CustomStringConvertible {
  /// The ISO 3166-1 alpha-2 code (upper case), or nil when the text names no single country.
  public var code: String?
  /// The text as the list gives it.
  public var name: String

  /// Creates a country reference.
  public init(code: String?, name: String) {
    self.code = code
    self.name = name
  }

  /// `Egypt (EG)`, or just the text when there is no code.
  public var description: String { code.map { "\(name) (\($0))" } ?? name }
}

/// A postal address, split as far as the list splits it.
public struct Address: Sendable, Hashable, CustomStringConvertible {
  /// Street lines (or the whole address when the list gives one string).
  public var lines: [String]
  /// City or town.
  public var city: String?
  /// State, province or region.
  public var region: String?
  /// Postal or zip code.
  public var postalCode: String?
  /// The country.
  public var country: Country?
  /// A note attached to the address (e.g. "as of 2016").
  public var note: String?

  /// Creates an address.
  public init(
    lines: [String] = [], city: String? = nil, region: String? = nil, postalCode: String? = nil,
    country: Country? = nil, note: String? = nil
  ) {
    self.lines = lines
    self.city = city
    self.region = region
    self.postalCode = postalCode
    self.country = country
    self.note = note
  }

  /// The parts joined with ", ".
  public var description: String {
    var parts = lines
    for part in [city, region, postalCode, country?.name] { if let part { parts.append(part) } }
    var text = parts.joined(separator: ", ")
    if let note { text += text.isEmpty ? note : " (\(note))" }
    return text
  }

  /// True when no part is set.
  var isEmpty: Bool {
    lines.isEmpty && city == nil && region == nil && postalCode == nil && country == nil
      && note == nil
  }
}

/// The type of an identifying number or code.
public enum IdentifierKind: Sendable, Hashable, CustomStringConvertible {
  /// A passport number.
  case passport
  /// A national identity number (national id card, cedula, DNI, CURP...).
  case nationalID
  /// A tax identification number (INN, RFC, NIT, VAT...).
  case taxID
  /// An IMO ship or company number.
  case imo
  /// A Maritime Mobile Service Identity.
  case mmsi
  /// A radio call sign.
  case callSign
  /// A SWIFT/BIC code.
  case bic
  /// A crypto-currency wallet address (the currency is in `Identifier.note`).
  case cryptoWallet
  /// Any other identifier, with the list's label (e.g. `Registration Number`).
  case other(String)

  /// A stable, lower-case key: `passport`, `national_id`, ..., or the label for `.other`.
  public var description: String {
    switch self {
    case .passport: return "passport"
    case .nationalID: return "national_id"
    case .taxID: return "tax_id"
    case .imo: return "imo"
    case .mmsi: return "mmsi"
    case .callSign: return "call_sign"
    case .bic: return "bic"
    case .cryptoWallet: return "crypto_wallet"
    case .other(let label): return label
    }
  }
}

/// An identifying number or code of an entity.
public struct Identifier: Sendable, Hashable {
  /// What kind of identifier it is.
  public var kind: IdentifierKind
  /// The number or code as listed.
  public var value: String
  /// The issuing country, when stated.
  public var country: Country?
  /// Anything else the list says (issue/expiry dates, currency of a wallet...).
  public var note: String?

  /// Creates an identifier.
  public init(kind: IdentifierKind, value: String, country: Country? = nil, note: String? = nil) {
    self.kind = kind
    self.value = value
    self.country = country
    self.note = note
  }
}

/// Particulars of a listed vessel.
public struct VesselDetails: Sendable, Hashable {
  /// The flag state.
  public var flag: Country?
  /// The vessel type (e.g. `Crude Oil Tanker`).
  public var vesselType: String?
  /// Tonnage as listed.
  public var tonnage: String?
  /// Gross registered tonnage as listed.
  public var grossRegisteredTonnage: String?
  /// The radio call sign.
  public var callSign: String?
  /// The registered owner or operator.
  public var owner: String?

  /// Creates vessel details.
  public init(
    flag: Country? = nil, vesselType: String? = nil, tonnage: String? = nil,
    grossRegisteredTonnage: String? = nil, callSign: String? = nil, owner: String? = nil
  ) {
    self.flag = flag
    self.vesselType = vesselType
    self.tonnage = tonnage
    self.grossRegisteredTonnage = grossRegisteredTonnage
    self.callSign = callSign
    self.owner = owner
  }

  var isEmpty: Bool {
    flag == nil && vesselType == nil && tonnage == nil && grossRegisteredTonnage == nil
      && callSign == nil && owner == nil
  }
}

/// The list (publisher and list) an entity or file comes from.
public enum ListSource: String, Sendable, Hashable, CaseIterable, Comparable {
  /// UN Security Council Consolidated List.
  case unSecurityCouncil = "un-sc"
  /// OFAC Specially Designated Nationals (SDN) list.
  case ofacSDN = "ofac-sdn"
  /// OFAC Consolidated (non-SDN) list.
  case ofacConsolidated = "ofac-cons"
  /// US Consolidated Screening List (trade.gov).
  case usCSL = "us-csl"
  /// UK OFSI / HM Treasury Consolidated List of Financial Sanctions Targets.
  case ukOFSI = "uk-ofsi"
  /// Canada, Special Economic Measures Act consolidated list.
  case canadaSEMA = "ca-sema"
  /// Australia DFAT Consolidated List.
  case australiaDFAT = "au-dfat"
  /// A FollowTheMoney (OpenSanctions) entity export.
  case followTheMoney = "ftm"
  /// A firm's own watchlist or another non-official name list.
  case custom = "custom"

  /// A human-readable name.
  public var displayName: String {
    switch self {
    case .unSecurityCouncil: return "UN Security Council Consolidated List"
    case .ofacSDN: return "OFAC SDN List"
    case .ofacConsolidated: return "OFAC Consolidated (non-SDN) List"
    case .usCSL: return "US Consolidated Screening List"
    case .ukOFSI: return "UK OFSI Consolidated List"
    case .canadaSEMA: return "Canada SEMA Consolidated List"
    case .australiaDFAT: return "Australia DFAT Consolidated List"
    case .followTheMoney: return "FollowTheMoney entities"
    case .custom: return "Custom watchlist"
    }
  }

  /// Orders cases in declaration order.
  public static func < (lhs: ListSource, rhs: ListSource) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
