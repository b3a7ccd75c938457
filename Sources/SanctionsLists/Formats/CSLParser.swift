/// US Consolidated Screening List CSV (trade.gov "legacy" layout with `_id, source,
/// entity_number, type, programs, name, ..., alt_names, ..., ids`). The same party appears once
/// per sub-list, so ids are `csl:<list code>:<_id>` (e.g. `csl:SDN:21944`, `csl:EL:<hash>`).
enum CSLParser {
  static func parse(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(format: .usCSLCSV, source: .usCSL, published: nil, entities: [], records: 0, warnings: [])
    var reader = CSVReader(data, path: path)
    var fields: [CSVReader.Field] = []
    let (header, column) = try reader.readHeader(into: &fields, path: path, required: ["_id", "source", "name"])
    // Builders in first-seen order, moved out while a row is applied (see UKParser).
    var builders: [EntityBuilder] = []
    var slots: [String: Int] = [:]
    var firstLine: [Int] = []
    var unreadDates = 0
    var codes: [String: String] = [:]
    let extraColumns = ["federal_register_notice", "license_requirement", "license_policy", "source_information_url"]
      .map { (column[$0], $0.split(separator: "_").joined(separator: " ")) }
    // Column positions, looked up once (not per row).
    let colId = column["_id"]
    let colEntityNumber = column["entity_number"]
    let colAddresses = column["addresses"]
    let colAltNames = column["alt_names"]
    let colCallSign = column["call_sign"]
    let colCitizenships = column["citizenships"]
    let colDatesOfBirth = column["dates_of_birth"]
    let colGrossRegisteredTonnage = column["gross_registered_tonnage"]
    let colGrossTonnage = column["gross_tonnage"]
    let colIds = column["ids"]
    let colName = column["name"]
    let colNationalities = column["nationalities"]
    let colPlacesOfBirth = column["places_of_birth"]
    let colPrograms = column["programs"]
    let colRemarks = column["remarks"]
    let colSource = column["source"]
    let colStartDate = column["start_date"]
    let colTitle = column["title"]
    let colType = column["type"]
    let colVesselFlag = column["vessel_flag"]
    let colVesselOwner = column["vessel_owner"]
    let colVesselType = column["vessel_type"]
    while try reader.next(into: &fields) {
      result.records += 1
      let line = reader.recordLine
      guard fields.count == header.count else {
        throw .wrongColumnCount(path: path, line: line, expected: header.count, found: fields.count)
      }
      func value(_ position: Int?) -> String? {
        guard let index = position, !fields[index].range.isEmpty else { return nil }
        return reader.value(fields[index])
      }
      func list(_ position: Int?) -> [String] {
        guard let index = position, !fields[index].range.isEmpty else { return [] }
        return Text.split(reader.string(fields[index]), on: 0x3B)
      }
      guard let rawID = value(colId) else {
        result.warnings.append(ListWarning(.recordWithoutID(record: "record", missing: "_id"), at: .line(line)))
        continue
      }
      let listName = value(colSource) ?? ""
      let code: String
      if let known = codes[listName] {
        code = known
      } else {
        code = listCode(listName)
        codes[listName] = code
      }
      let id = "csl:\(code):\(rawID)"
      let slot: Int
      if let existing = slots[id] {
        slot = existing
        result.warnings.append(ListWarning(.rowsMerged(id: id, firstLine: firstLine[slot]), at: .line(line)))
      } else {
        slot = builders.count
        slots[id] = slot
        firstLine.append(line)
        builders.append(EntityBuilder.placeholder)
      }
      let type: EntityType
      switch value(colType)?.asciiLowercased ?? "" {
      case "individual": type = .person
      case "entity": type = .organization
      case "vessel": type = .vessel
      case "aircraft": type = .aircraft
      default: type = .unknown
      }
      var builder = builders[slot].entity.id.isEmpty
        ? EntityBuilder(id: id, source: .usCSL, type: type) : builders.takeBuilder(at: slot)
      if builder.entity.sameAs == nil, listName.hasSuffix("Treasury Department"),
        let number = value(colEntityNumber), !number.isEmpty, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      {
        // OFAC's own records, republished: the entity number is OFAC's id.
        builder.entity.sameAs = "ofac:" + number
      }
      builder.addName(value(colName), kind: .primary)
      for alias in list(colAltNames) { builder.addName(alias, kind: .aka) }
      for program in list(colPrograms) { builder.addProgram(program) }
      builder.addRemark(listName.isEmpty ? nil : "List: \(listName)")
      if let title = value(colTitle) { builder.addRemark("Title: \(title)") }
      if builder.entity.listedOn == nil { builder.entity.listedOn = value(colStartDate).flatMap(Dates.parse) }
      for address in list(colAddresses) { builder.addAddress(self.address(address)) }
      for date in list(colDatesOfBirth) {
        let dates = Dates.birthDates(date)
        unreadDates += dates.filter { if case .text = $0 { return true } else { return false } }.count
        builder.addBirthDates(dates)
      }
      for place in list(colPlacesOfBirth) { builder.addBirthPlace(place) }
      builder.addNationalities(list(colNationalities).compactMap(Countries.resolve))
      builder.addCitizenships(list(colCitizenships).compactMap(Countries.resolve))
      for entry in list(colIds) { addID(entry, to: &builder) }
      let vessel = VesselDetails(
        flag: value(colVesselFlag).flatMap(Countries.resolve), vesselType: value(colVesselType),
        tonnage: value(colGrossTonnage), grossRegisteredTonnage: value(colGrossRegisteredTonnage),
        callSign: value(colCallSign), owner: value(colVesselOwner))
      if let callSign = vessel.callSign { builder.addIdentifier(Identifier(kind: .callSign, value: callSign)) }
      if type == .vessel || !vessel.isEmpty { builder.setVessel(vessel) }
      if let remarks = value(colRemarks) {
        builder.addRemark(remarks)
        let facts = OFACRemarks.parse(remarks)
        for name in facts.names { builder.addName(name.value, kind: name.kind, quality: name.quality) }
        for identifier in facts.identifiers { builder.addIdentifier(identifier) }
      }
      for (extra, label) in extraColumns {
        if let text = value(extra) { builder.addRemark("\(label): \(text)") }
      }
      builders[slot] = builder
    }
    for slot in builders.indices {
      var builder = builders.takeBuilder(at: slot)
      guard builder.ensurePrimaryName() else {
        result.warnings.append(ListWarning(.noName(id: builder.entity.id), at: .line(firstLine[slot])))
        continue
      }
      result.entities.append(builder.build())
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "dates of birth")))
    }
    return result
  }

  /// "Specially Designated Nationals (SDN) - Treasury Department" → "SDN";
  /// "Non-SDN Menu-Based Sanctions List (NS-MBS List) - ..." → "NS-MBS".
  static func listCode(_ source: String) -> String {
    if let open = source.firstIndex(of: "("), let close = source[open...].firstIndex(of: ")") {
      var code = String(source[source.index(after: open)..<close])
      if code.hasSuffix(" List") { code.removeLast(5) }
      return code.replacing(" ", with: "-")
    }
    let slug = source.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    return slug.isEmpty ? "UNKNOWN" : slug
  }

  /// "Agiou Andreou, 332, Limassol, 3035, CY" → lines + country from a trailing ISO code.
  static func address(_ text: String) -> Address {
    var parts = Text.split(text, on: 0x2C)
    var country: Country?
    if let last = parts.last, last.utf8.count == 2, let resolved = Countries.resolve(last), resolved.code != nil {
      country = resolved
      parts.removeLast()
    }
    return Address(lines: parts.isEmpty ? [] : [parts.joined(separator: ", ")], country: country)
  }

  /// One `ids` entry: "CC, number, type", "CC, issued, expires, number, type" or "value, type".
  static func addID(_ entry: String, to builder: inout EntityBuilder) {
    let parts: [String?] = Text.split(entry, on: 0x2C, keepEmpty: true).map { $0.isEmpty ? nil : $0 }
    guard parts.count >= 2, let label = parts.last!, let number = parts[parts.count - 2] else {
      builder.addRemark(entry)
      return
    }
    let lower = label.asciiLowercased
    var country: Country? = nil
    if parts.count >= 3, let first = parts[0], first.utf8.count == 2, let resolved = Countries.resolve(first),
      resolved.code != nil
    {
      country = resolved
    }
    if lower == "gender" {
      let value = number.asciiLowercased
      builder.entity.gender = value == "male" ? .male : value == "female" ? .female : .other
      return
    }
    if lower.hasPrefix("digital currency address - ") {
      builder.addIdentifier(Identifier(kind: .cryptoWallet, value: number, note: String(label.dropFirst(27))))
      return
    }
    if let kind = OFACRemarks.labels.first(where: { $0.label == lower })?.kind {
      var value = number
      if case .imo = kind, value.asciiLowercased.hasPrefix("imo ") { value = String(value.dropFirst(4)) }
      let dates = parts.count >= 5 ? parts[1..<(parts.count - 2)].compactMap { $0 }.joined(separator: " to ") : ""
      builder.addIdentifier(
        Identifier(kind: kind, value: value, country: country, note: dates.isEmpty ? nil : "valid \(dates)"))
      return
    }
    builder.addRemark("\(label) \(parts.dropLast().compactMap { $0 }.joined(separator: ", "))")
  }
}
