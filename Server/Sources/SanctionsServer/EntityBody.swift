import SanctionsScreening

/// A listed entity in yente's shape (`EntityResponse`): `id`, `caption`, `schema`,
/// FollowTheMoney-style `properties`, `datasets` (the list sources of the party's records),
/// `referents` (the party's other record ids) and `target` (always true: every entity is a
/// designation). `GET /entities/{id}` adds `list_file`, the file it was read from.
struct EntityBody: Encodable {
  var id: String
  var caption: String
  var schema: String
  var properties: [String: [String]]
  var datasets: [String]
  var referents: [String]
  var target = true
  var listFile: ListFileBody?

  enum CodingKeys: String, CodingKey {
    case id, caption, schema, properties, datasets, referents, target
    case listFile = "list_file"
  }

  /// The body for `entity` of `index`; `records` are the party's records, `entity` first.
  init(_ entity: ScreeningEntity, records: [ScreeningEntity], index: LoadedIndex, withListFile: Bool = false) {
    id = entity.id
    caption = Self.caption(entity)
    schema = EntitySchema.of(entity.type).rawValue
    if let full = index.fullRecord(id: entity.id) {
      properties = EntityProperties.of(full)
    } else {
      properties = EntityProperties.of(entity)
    }
    var sources: [ListSource] = []
    for record in records where !sources.contains(record.source) { sources.append(record.source) }
    datasets = sources.sorted().map(\.rawValue)
    referents = records.map(\.id).filter { $0 != entity.id }
    if withListFile, let file = entity.listFile, index.screener.provenance.files.indices.contains(file) {
      listFile = ListFileBody(index.screener.provenance.files[file])
    }
  }

  /// The entity's main name: its first primary name, else its first name, else its id.
  static func caption(_ entity: ScreeningEntity) -> String {
    entity.names.first(where: { $0.kind == .primary })?.value ?? entity.names.first?.value ?? entity.id
  }
}

/// FollowTheMoney property names for what the engine holds about an entity.
enum EntityProperties {
  /// From a screening record (an index file holds only these): names by kind, birth years
  /// (`1957`, or `1955..1959` for a range or an approximate year) and countries as the engine
  /// compares them (ISO codes in upper case, names in lower case).
  static func of(_ entity: ScreeningEntity) -> [String: [String]] {
    var properties: [String: [String]] = [:]
    addNames(entity.names.map { ($0.value, $0.kind) }, to: &properties)
    for years in entity.birthYears {
      properties["birthDate", default: []].append(
        years.lowerBound == years.upperBound ? String(years.lowerBound) : "\(years.lowerBound)..\(years.upperBound)")
    }
    if !entity.countries.isEmpty { properties["country"] = entity.countries }
    return properties
  }

  /// From a full record (lists read from list files): names, dates and places of birth,
  /// nationalities and citizenships (lower-case ISO codes where the list's text identifies one),
  /// addresses and their countries, programmes, identifiers, vessel particulars, gender,
  /// listing date and remarks.
  static func of(_ entity: Entity) -> [String: [String]] {
    var properties: [String: [String]] = [:]
    func add(_ property: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      if properties[property]?.contains(value) == true { return }
      properties[property, default: []].append(value)
    }
    func country(_ country: Country) -> String { country.code?.lowercased() ?? country.name }
    addNames(entity.names.map { ($0.value, $0.kind) }, to: &properties)
    entity.birthDates.forEach { add("birthDate", $0.description) }
    entity.birthPlaces.forEach { add("birthPlace", $0) }
    entity.nationalities.forEach { add("nationality", country($0)) }
    entity.citizenships.forEach { add("citizenship", country($0)) }
    for address in entity.addresses {
      add("address", address.description)
      if let value = address.country { add("country", country(value)) }
    }
    entity.programs.forEach { add("programId", $0) }
    for identifier in entity.identifiers {
      add(identifierProperty(identifier.kind), identifier.value)
    }
    if let vessel = entity.vessel {
      add("flag", vessel.flag.map(country))
      add("type", vessel.vesselType)
      add("tonnage", vessel.tonnage)
      add("grossRegisteredTonnage", vessel.grossRegisteredTonnage)
      add("callSign", vessel.callSign)
      add("owner", vessel.owner)
    }
    add("gender", entity.gender?.rawValue)
    add("listingDate", entity.listedOn?.description)
    entity.remarks.forEach { add("notes", $0) }
    return properties
  }

  private static func addNames(_ names: [(String, NameKind)], to properties: inout [String: [String]]) {
    for (value, kind) in names {
      let property: String
      switch kind {
      case .primary: property = "name"
      case .aka, .nka, .originalScript: property = "alias"
      case .fka: property = "previousName"
      case .weakAka: property = "weakAlias"
      }
      if properties[property]?.contains(value) != true { properties[property, default: []].append(value) }
    }
  }

  private static func identifierProperty(_ kind: IdentifierKind) -> String {
    switch kind {
    case .passport: return "passportNumber"
    case .nationalID: return "idNumber"
    case .taxID: return "taxNumber"
    case .imo: return "imoNumber"
    case .mmsi: return "mmsi"
    case .callSign: return "callSign"
    case .bic: return "swiftBic"
    case .cryptoWallet: return "cryptoWallet"
    case .other: return "registrationNumber"
    }
  }
}

/// A list file as the catalog and `list_file` show it: where it was read from, its source,
/// dates, entity counts and SHA-256 (and its companion files').
struct ListFileBody: Encodable {
  var path: String
  var dataset: String
  var format: String
  var published: String?
  var snapshotDate: String?
  var entities: Int
  var screened: Int
  var sha256: String
  var companions: [Companion]

  struct Companion: Encodable {
    var path: String
    var sha256: String
  }

  enum CodingKeys: String, CodingKey {
    case path, dataset, format, published, entities, screened, sha256, companions
    case snapshotDate = "snapshot_date"
  }

  init(_ file: ListFileSummary) {
    path = file.path
    dataset = file.source.rawValue
    format = file.format
    published = file.published
    snapshotDate = file.snapshotDate
    entities = file.entities
    screened = file.screened
    sha256 = file.sha256
    companions = zip(file.companionPaths, file.companionSHA256).map { Companion(path: $0, sha256: $1) }
  }
}
