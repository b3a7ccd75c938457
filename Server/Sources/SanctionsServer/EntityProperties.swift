import SanctionsScreening

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
