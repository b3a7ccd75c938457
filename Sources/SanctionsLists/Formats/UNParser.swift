/// UN Security Council Consolidated List XML (`CONSOLIDATED_LIST` with `INDIVIDUAL` and
/// `ENTITY` records). Ids: `un:<REFERENCE_NUMBER>`.
enum UNParser {
  static func parse(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(
      format: .unXML, source: .unSecurityCouncil, published: nil, entities: [], records: 0,
      warnings: [])
    var reader = XMLRecordReader(data, path: path, records: ["INDIVIDUAL", "ENTITY"])
    var seen: [String: Int] = [:]  // id → byte offset of the first record
    try reader.read(onRoot: { (root) throws(ListError) in
      guard root.name == "CONSOLIDATED_LIST" else {
        throw .unknownFormat(path: path, detail: "XML root <\(root.name)> is not <CONSOLIDATED_LIST>")
      }
      result.published = root.attribute("dateGenerated").flatMap(Dates.parse)
    }) { node in
      result.records += 1
      var line: Int { data.line(of: node.offset) }
      guard let reference = node.text("REFERENCE_NUMBER") else {
        result.warnings.append(ListWarning(.recordWithoutID(record: "<\(node.name)>", missing: "REFERENCE_NUMBER"), at: .line(line)))
        return
      }
      let id = "un:" + reference
      if let first = seen[id] {
        result.warnings.append(ListWarning(.duplicateID(id, firstLine: data.line(of: first)), at: .line(line)))
        return
      }
      seen[id] = node.offset
      let entity = self.entity(node, id: id, isPerson: node.name == "INDIVIDUAL")
      guard let entity else {
        result.warnings.append(ListWarning(.noName(id: id), at: .line(line)))
        return
      }
      result.entities.append(entity)
    }
    return result
  }

  private static func entity(_ node: XMLNode, id: String, isPerson: Bool) -> Entity? {
    var builder = EntityBuilder(id: id, source: .unSecurityCouncil, type: isPerson ? .person : .organization)
    let parts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].compactMap { node.text($0) }
    builder.addName(parts.joined(separator: " "), kind: .primary)
    builder.addName(node.text("NAME_ORIGINAL_SCRIPT"), kind: .originalScript)
    for alias in node.children(isPerson ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS") {
      guard let name = alias.text("ALIAS_NAME") else { continue }
      let quality = alias.text("QUALITY")?.asciiLowercased ?? ""
      switch quality {
      case "good": builder.addName(name, kind: .aka, quality: .good)
      case "low": builder.addName(name, kind: .aka, quality: .low)
      case "f.k.a.", "fka": builder.addName(name, kind: .fka)
      case "n.k.a.", "nka": builder.addName(name, kind: .nka)
      default: builder.addName(name, kind: .aka)
      }
      if let note = alias.text("NOTE") { builder.addRemark("Alias \(name): \(note)") }
      if let dob = alias.text("DATE_OF_BIRTH") { builder.addBirthDates(Dates.birthDates(dob)) }
    }
    builder.addProgram(node.text("UN_LIST_TYPE"))
    builder.entity.listedOn = node.text("LISTED_ON").flatMap(Dates.parse)
    if let gender = node.text("GENDER")?.asciiLowercased {
      builder.entity.gender = gender == "male" ? .male : gender == "female" ? .female : .other
    }
    for title in node.child("TITLE")?.texts("VALUE") ?? [] { builder.addRemark("Title: \(title)") }
    for designation in node.child("DESIGNATION")?.texts("VALUE") ?? [] {
      builder.addRemark("Designation: \(designation)")
    }
    for nationality in node.child("NATIONALITY")?.texts("VALUE") ?? [] {
      builder.addNationalities(Countries.list(nationality))
    }
    for date in node.children("INDIVIDUAL_DATE_OF_BIRTH") {
      builder.addBirthDates(birthDate(date))
    }
    for place in node.children("INDIVIDUAL_PLACE_OF_BIRTH") {
      let parts = ["CITY", "STATE_PROVINCE", "COUNTRY"].compactMap { place.text($0) }
      if !parts.isEmpty { builder.addBirthPlace(parts.joined(separator: ", ")) }
      if let note = place.text("NOTE") { builder.addRemark("Place of birth: \(note)") }
    }
    for address in node.children(isPerson ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS") {
      builder.addAddress(
        Address(
          lines: address.text("STREET").map { [$0] } ?? [], city: address.text("CITY"),
          region: address.text("STATE_PROVINCE"), postalCode: address.text("ZIP_CODE"),
          country: address.text("COUNTRY").flatMap(Countries.resolve), note: address.text("NOTE")))
    }
    for document in node.children("INDIVIDUAL_DOCUMENT") {
      guard let number = document.text("NUMBER") else {
        if let note = document.text("NOTE") { builder.addRemark("Document: \(note)") }
        continue
      }
      let type = document.text("TYPE_OF_DOCUMENT") ?? ""
      let lower = type.asciiLowercased
      let kind: IdentifierKind
      if lower.contains("passport") || lower.contains("pasaporte") || lower.contains("passeport") {
        kind = .passport
      } else if lower.contains("national identification") || lower.contains("national id") {
        kind = .nationalID
      } else if lower.contains("tax") {
        kind = .taxID
      } else {
        kind = .other(type.isEmpty ? "Document" : type)
      }
      let country = (document.text("ISSUING_COUNTRY") ?? document.text("COUNTRY_OF_ISSUE"))
        .flatMap(Countries.resolve)
      var notes: [String] = []
      if let issued = document.text("DATE_OF_ISSUE") { notes.append("issued \(issued)") }
      if let city = document.text("CITY_OF_ISSUE") { notes.append("in \(city)") }
      if let note = document.text("NOTE") { notes.append(note) }
      builder.addIdentifier(
        Identifier(kind: kind, value: number, country: country,
                   note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
    }
    for comment in ["COMMENTS1", "COMMENTS2", "COMMENTS3"] { builder.addRemark(node.text(comment)) }
    guard builder.ensurePrimaryName() else { return nil }
    return builder.build()
  }

  private static func birthDate(_ node: XMLNode) -> [BirthDate] {
    let type = node.text("TYPE_OF_DATE")?.asciiLowercased ?? "exact"
    let date = node.text("DATE").flatMap(Dates.parse)
    let year = node.text("YEAR").flatMap { Int($0) }
    let fromYear = node.text("FROM_YEAR").flatMap { Int($0) }
    let toYear = node.text("TO_YEAR").flatMap { Int($0) }
    let single: PartialDate? = date ?? year.map { PartialDate(year: $0) }
    switch type {
    case "between":
      if let fromYear, let toYear {
        return [.range(from: PartialDate(year: fromYear), to: PartialDate(year: toYear))]
      }
    case "approximately":
      if let single { return [.circa(single)] }
      if let fromYear, let toYear {
        return [.range(from: PartialDate(year: fromYear), to: PartialDate(year: toYear))]
      }
    default:
      if let single { return [single.month == nil ? .year(single.year) : .exact(single)] }
    }
    if let note = node.text("NOTE") { return [.text(note)] }
    return []
  }
}
