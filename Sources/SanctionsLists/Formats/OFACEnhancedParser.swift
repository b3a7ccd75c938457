/// OFAC "Enhanced XML" (`sanctionsData`: `publicationInfo`, `referenceValues`, `entities`),
/// as published in `SDN_ENHANCED.ZIP` / `CONS_ENHANCED.ZIP`. Ids: `ofac:<entity id>` (the
/// ent_num of the CSV files).
enum OFACEnhancedParser {
  static func parse(_ data: ByteBuffer, path: String, reportPath: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(
      format: .ofacEnhancedXML, source: .ofacSDN, published: nil, entities: [], records: 0, warnings: [])
    var listNames: [String] = []
    var isoByCountryRef: [String: String] = [:]
    var isoByCountryName: [String: String] = [:]
    var reader = XMLRecordReader(data, path: path, records: ["publicationInfo", "referenceValue", "entity"])
    var seen: Set<String> = []
    var unreadDates = 0
    try reader.read(onRoot: { (root) throws(ListError) in
      guard root.name == "sanctionsData" else {
        throw .unknownFormat(path: path, detail: "XML root <\(root.name)> is not <sanctionsData>")
      }
    }) { node in
      switch node.name {
      case "publicationInfo":
        result.published = node.text("dataAsOf").flatMap(Dates.parse)
        listNames = node.child("filters")?.child("sanctionsLists")?.texts("sanctionsList") ?? []
        if listNames.contains(where: { $0.asciiLowercased.contains("consolidated") }),
          !listNames.contains(where: { $0.asciiLowercased.contains("sdn") })
        {
          result.source = .ofacConsolidated
        }
      case "referenceValue":
        if node.text("type") == "COUNTRY", let iso = node.text("isoCode") {
          if let ref = node.attribute("refId") { isoByCountryRef[ref] = iso }
          if let name = node.text("value") { isoByCountryName[name] = iso }
        }
      default:
        result.records += 1
        guard let number = Text.clean(node.attribute("id")) else {
          result.warnings.append(
            ListWarning(.recordWithoutID(record: "<entity>", missing: "an id"), at: .line(data.line(of: node.offset))))
          return
        }
        let id = "ofac:" + number
        guard seen.insert(id).inserted else {
          result.warnings.append(ListWarning(.duplicateID(id, firstLine: nil), at: .line(data.line(of: node.offset))))
          return
        }
        func country(_ element: XMLNode?) -> Country? {
          guard let element, let name = Text.clean(element.text) else { return nil }
          if let ref = element.attribute("refId"), let iso = isoByCountryRef[ref] {
            return Country(code: iso, name: name)
          }
          if let iso = isoByCountryName[name] { return Country(code: iso, name: name) }
          return Countries.resolve(name)
        }
        func countryNamed(_ text: String?) -> Country? {
          guard let name = Text.clean(text) else { return nil }
          if let iso = isoByCountryName[name] { return Country(code: iso, name: name) }
          return Countries.resolve(name)
        }
        let entity = self.entity(node, id: id, source: result.source, country: country, countryNamed: countryNamed, unreadDates: &unreadDates)
        guard let entity else {
          result.warnings.append(ListWarning(.noName(id: id), at: .line(data.line(of: node.offset))))
          return
        }
        result.entities.append(entity)
      }
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "birth dates")))
    }
    return result
  }

  private static func entity(
    _ node: XMLNode, id: String, source: ListSource, country: (XMLNode?) -> Country?, countryNamed: (String?) -> Country?,
    unreadDates: inout Int
  ) -> Entity? {
    let general = node.child("generalInfo")
    let typeText = general?.text("entityType")?.asciiLowercased ?? ""
    let type: EntityType
    switch typeText {
    case "individual": type = .person
    case "entity": type = .organization
    case "vessel": type = .vessel
    case "aircraft": type = .aircraft
    default: type = .unknown
    }
    var builder = EntityBuilder(id: id, source: source, type: type)
    for name in node.child("names")?.children("name") ?? [] {
      let isPrimary = name.text("isPrimary") == "true"
      let lowQuality = name.text("isLowQuality") == "true"
      let alias = name.text("aliasType")?.asciiLowercased ?? ""
      var kind: NameKind = isPrimary ? .primary : .aka
      if !isPrimary {
        if alias.hasPrefix("f.k.a") { kind = .fka } else if alias.hasPrefix("n.k.a") { kind = .nka } else if lowQuality {
          kind = .weakAka
        }
      }
      for translation in name.child("translations")?.children("translation") ?? [] {
        let script = translation.text("script")
        var full = translation.text("formattedFullName")
        if full == nil {
          let parts = translation.child("nameParts")?.children("namePart").compactMap { $0.text("value") } ?? []
          full = parts.isEmpty ? nil : parts.joined(separator: " ")
        }
        let isLatin = script == nil || script == "Latin"
        let translationPrimary = translation.text("isPrimary") != "false"
        if isLatin || (translationPrimary && kind == .primary && builder.entity.names.isEmpty) {
          builder.addName(full, kind: kind, quality: lowQuality ? .low : nil)
        } else {
          builder.addName(full, kind: .originalScript, quality: lowQuality ? .low : nil, script: script)
        }
      }
    }
    for program in node.child("sanctionsPrograms")?.texts("sanctionsProgram") ?? [] { builder.addProgram(program) }
    let listDates = (node.child("sanctionsLists")?.children("sanctionsList") ?? [])
      .compactMap { $0.attribute("datePublished").flatMap(Dates.parse) }
    builder.entity.listedOn = listDates.min()
    if let remarks = general?.text("remarks") { builder.addRemark(remarks) }
    for address in node.child("addresses")?.children("address") ?? [] {
      var lines: [String] = []
      var city: String?
      var region: String?
      var postal: String?
      for translation in address.child("translations")?.children("translation") ?? [] {
        for part in translation.child("addressParts")?.children("addressPart") ?? [] {
          guard let value = part.text("value") else { continue }
          switch part.text("type")?.uppercased() ?? "" {
          case "CITY": city = city ?? value
          case "STATE/PROVINCE", "REGION": region = region ?? value
          case "POSTAL CODE": postal = postal ?? value
          default: lines.append(value)
          }
        }
      }
      builder.addAddress(Address(lines: lines, city: city, region: region, postalCode: postal, country: country(address.child("country"))))
    }
    for document in node.child("identityDocuments")?.children("identityDocument") ?? [] {
      guard let number = document.text("documentNumber") else { continue }
      let label = document.text("type") ?? "Document"
      let kind = OFACRemarks.labels.first { $0.label == label.asciiLowercased }?.kind ?? .other(label)
      var notes: [String] = []
      if let authority = document.text("issuingAuthority") { notes.append("issued by \(authority)") }
      if let location = document.text("issuingLocation") { notes.append("issued in \(location)") }
      if document.text("isValid") == "false" { notes.append("not valid") }
      builder.addIdentifier(
        Identifier(kind: kind, value: number, country: country(document.child("issuingCountry")),
                   note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
    }
    var vessel = VesselDetails()
    for feature in node.child("features")?.children("feature") ?? [] {
      let type = feature.text("type") ?? ""
      let value = feature.text("value")
      let lower = type.asciiLowercased
      switch lower {
      case "birthdate":
        if let date = birthDate(feature) {
          builder.addBirthDates([date])
          if case .text = date { unreadDates += 1 }
        }
      case "place of birth": builder.addBirthPlace(value)
      case "nationality country": builder.addNationalities([countryNamed(value)].compactMap { $0 })
      case "citizenship country": builder.addCitizenships([countryNamed(value)].compactMap { $0 })
      case "gender":
        let text = value?.asciiLowercased ?? ""
        builder.entity.gender = text == "male" ? .male : text == "female" ? .female : .other
      case "swift/bic": if let value { builder.addIdentifier(Identifier(kind: .bic, value: value)) }
      case "vessel call sign":
        vessel.callSign = value
        if let value { builder.addIdentifier(Identifier(kind: .callSign, value: value)) }
      case "vessel type": vessel.vesselType = value
      case "vessel flag": vessel.flag = countryNamed(value)
      case "vessel owner": vessel.owner = value
      case "vessel tonnage": vessel.tonnage = value
      case "vessel gross registered tonnage": vessel.grossRegisteredTonnage = value
      case "vessel registration identification", "imo":
        if let value { builder.addIdentifier(Identifier(kind: .imo, value: value.replacing("IMO ", with: ""))) }
      case "mmsi": if let value { builder.addIdentifier(Identifier(kind: .mmsi, value: value)) }
      default:
        if lower.hasPrefix("digital currency address - "), let value {
          builder.addIdentifier(Identifier(kind: .cryptoWallet, value: value, note: String(type.dropFirst(27))))
        } else if let value, let kind = OFACRemarks.labels.first(where: { $0.label == lower })?.kind {
          // An identifier OFAC publishes as a feature (`ISIN`, `BIK (RU)`, aircraft numbers...):
          // the legacy CSV states it in the remarks, which that parser reads as an identifier.
          builder.addIdentifier(Identifier(kind: kind, value: value))
        } else if let value {
          builder.addRemark("\(type) \(value)")
        }
      }
    }
    if type == .vessel || !vessel.isEmpty { builder.setVessel(vessel) }
    for relation in node.child("relationships")?.children("relationship") ?? [] {
      if let kind = relation.text("type"), let other = relation.text("relatedEntity") {
        let otherID = relation.child("relatedEntity")?.attribute("entityId").map { " (ofac:\($0))" } ?? ""
        builder.addRemark("\(kind): \(other)\(otherID)")
      }
    }
    guard builder.ensurePrimaryName() else { return nil }
    return builder.build()
  }

  /// A birthdate feature: the `valueDate` bounds decide exact / year / range / circa.
  private static func birthDate(_ feature: XMLNode) -> BirthDate? {
    let text = feature.text("value")
    guard let period = feature.child("valueDate"),
      let fromBegin = period.text("fromDateBegin").flatMap(Dates.parse),
      let toEnd = period.text("toDateEnd").flatMap(Dates.parse) ?? period.text("fromDateEnd").flatMap(Dates.parse)
    else {
      return text.flatMap { Dates.birthDates($0).first }
    }
    let approximate = period.text("isApproximate") == "true"
    let isRange = period.text("isDateRange") == "true"
    let base: BirthDate
    if fromBegin == toEnd {
      base = .exact(fromBegin)
    } else if fromBegin.year == toEnd.year, fromBegin.month == 1, fromBegin.day == 1, toEnd.month == 12,
      toEnd.day == 31, !isRange
    {
      base = .year(fromBegin.year)
    } else if fromBegin.year == toEnd.year, fromBegin.month == toEnd.month, fromBegin.day == 1, !isRange {
      base = .exact(PartialDate(year: fromBegin.year, month: fromBegin.month))
    } else {
      base = .range(from: fromBegin, to: toEnd)
    }
    if approximate {
      switch base {
      case .exact(let date): return .circa(date)
      case .year(let year): return .circa(PartialDate(year: year))
      default: return base
      }
    }
    return base
  }
}
