import SanctionsSupport

/// FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes them
/// (`{"id": ..., "schema": "Person", "properties": {"name": [...], ...}, ...}`).
/// Person, Organization, Company, LegalEntity, PublicBody, Vessel and Airplane become entities
/// (`ftm:<id>`); `Sanction` records add their program and listing date to the entity they point
/// to; other schemas (addresses, relations...) are counted and reported, not loaded.
enum FollowTheMoneyParser {
  static func entityType(_ schema: String) -> EntityType? {
    switch schema {
    case "Person": return .person
    case "Organization", "Company", "LegalEntity", "PublicBody": return .organization
    case "Vessel": return .vessel
    case "Airplane": return .aircraft
    default: return nil
    }
  }

  static func parse(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(format: .followTheMoneyJSON, source: .followTheMoney, published: nil, entities: [], records: 0, warnings: [])
    var builders: [String: EntityBuilder] = [:]
    var order: [String] = []
    var skippedSchemas: [String: Int] = [:]
    var sanctions: [(targets: [String], programs: [String], listed: PartialDate?)] = []
    var unreadDates = 0
    try JSONParser.forEachObjectLine(data, path: path) { (line, object) throws(ListError) in
      result.records += 1
      guard let rawID = object["id"]?.string, let schema = object["schema"]?.string else {
        result.warnings.append(ListWarning(.recordWithoutID(record: "object", missing: "id or schema"), at: .line(line)))
        return
      }
      let properties = object["properties"] ?? .null
      func values(_ name: String) -> [String] { properties[name]?.strings.compactMap { Text.clean($0) } ?? [] }
      /// FtM writes countries as lower-case ISO codes ("ru").
      func countries(_ name: String) -> [Country] {
        values(name).compactMap { Countries.resolve($0.utf8.count == 2 ? $0.uppercased() : $0) }
      }
      if schema == "Sanction" {
        sanctions.append((values("entity"), values("program") + values("programId"),
                          (values("listingDate") + values("startDate")).compactMap(Dates.parse).min()))
        return
      }
      guard let type = entityType(schema) else {
        skippedSchemas[schema, default: 0] += 1
        return
      }
      let id = "ftm:" + rawID
      if builders[id] != nil {
        result.warnings.append(ListWarning(.duplicateID(id, firstLine: nil), at: .line(line)))
        return
      }
      var builder = EntityBuilder(id: id, source: .followTheMoney, type: type)
      let names = values("name")
      for (index, name) in names.enumerated() { builder.addName(name, kind: index == 0 ? .primary : .aka) }
      for name in values("alias") { builder.addName(name, kind: .aka) }
      for name in values("weakAlias") { builder.addName(name, kind: .weakAka, quality: .low) }
      for name in values("previousName") { builder.addName(name, kind: .fka) }
      if names.isEmpty {
        let parts = ["firstName", "secondName", "middleName", "fatherName", "lastName"].flatMap(values)
        if !parts.isEmpty { builder.addName(parts.joined(separator: " "), kind: .primary) }
      }
      for date in values("birthDate") {
        let dates = Dates.birthDates(date)
        unreadDates += dates.filter { if case .text = $0 { return true } else { return false } }.count
        builder.addBirthDates(dates)
      }
      for place in values("birthPlace") { builder.addBirthPlace(place) }
      builder.addNationalities(countries("nationality"))
      builder.addCitizenships(countries("citizenship"))
      if type != .person {
        for country in countries("jurisdiction") + countries("country") {
          builder.addRemark("Country: \(country)")
        }
      }
      if let gender = values("gender").first?.asciiLowercased {
        builder.entity.gender = gender == "male" ? .male : gender == "female" ? .female : .other
      }
      let identifierProperties: [(String, IdentifierKind)] = [
        ("passportNumber", .passport), ("idNumber", .nationalID), ("taxNumber", .taxID),
        ("innCode", .taxID), ("vatCode", .taxID), ("imoNumber", .imo), ("mmsi", .mmsi),
        ("callSign", .callSign), ("swiftBic", .bic), ("registrationNumber", .other("Registration Number")),
        ("ogrnCode", .other("OGRN")), ("leiCode", .other("LEI")), ("okpoCode", .other("OKPO")),
        ("icaoCode", .other("ICAO")), ("serialNumber", .other("Serial Number")),
      ]
      for (property, kind) in identifierProperties {
        for value in values(property) { builder.addIdentifier(Identifier(kind: kind, value: value)) }
      }
      for address in values("address") { builder.addAddress(Address(lines: [address])) }
      for program in values("program") + values("programId") { builder.addProgram(program) }
      for topic in values("topics") { builder.addRemark("Topic: \(topic)") }
      for note in values("notes") + values("summary") + values("description") { builder.addRemark(note) }
      if type == .vessel {
        builder.setVessel(
          VesselDetails(
            flag: countries("flag").first, vesselType: values("type").first,
            tonnage: values("tonnage").first, grossRegisteredTonnage: values("grossRegisteredTonnage").first,
            callSign: values("callSign").first, owner: nil))
      }
      if let datasets = object["datasets"]?.strings, !datasets.isEmpty {
        builder.addRemark("Datasets: \(datasets.joined(separator: ", "))")
      }
      if let first = object["first_seen"]?.string.flatMap(Dates.parse) { builder.entity.listedOn = first }
      builders[id] = builder
      order.append(id)
    }
    for sanction in sanctions {
      for target in sanction.targets {
        guard var builder = builders["ftm:" + target] else { continue }
        for program in sanction.programs { builder.addProgram(program) }
        if let listed = sanction.listed, builder.entity.listedOn.map({ listed < $0 }) ?? true {
          builder.entity.listedOn = listed
        }
        builders["ftm:" + target] = builder
      }
    }
    for id in order {
      var builder = builders[id]!
      guard builder.ensurePrimaryName() else {
        result.warnings.append(ListWarning(.noName(id: id)))
        continue
      }
      result.entities.append(builder.build())
    }
    if !skippedSchemas.isEmpty {
      let counts = skippedSchemas.sorted { $0.key < $1.key }.map { ListWarning.SchemaCount(schema: $0.key, count: $0.value) }
      result.warnings.append(ListWarning(.schemasNotLoaded(counts)))
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "birth dates")))
    }
    return result
  }
}
