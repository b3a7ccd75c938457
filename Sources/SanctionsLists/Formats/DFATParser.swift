/// Australia DFAT Consolidated List workbook: one row per name; the rows of one entity share a
/// base reference (`34`, `34a`, `34b`, `34c1`: leading digits). Values are messy (trailing
/// spaces, `Aka`/`aka`/`AKA`, `Original Script` rows, dates as text or Excel serials).
/// Ids: `au:<base reference>`.
enum DFATParser {
  static func isDFATSheet(_ sheet: XLSXSheet) -> Bool {
    guard let header = sheet.rows.first else { return false }
    let names = Set(header.cells.compactMap { Text.clean($0.text)?.asciiLowercased })
    return names.contains("reference") && names.contains("name of individual or entity") && names.contains("name type")
  }

  static func parse(sheet: XLSXSheet, path: String) throws(ListError) -> ParsedList {
    var result = ParsedList(format: .dfatXLSX, source: .australiaDFAT, published: nil, entities: [], records: 0, warnings: [])
    guard let header = sheet.rows.first else { throw .emptyFile(path: path) }
    var column: [String: Int] = [:]
    for (index, cell) in header.cells.enumerated() {
      if let key = Text.clean(cell.text)?.asciiLowercased, column[key] == nil { column[key] = index }
    }
    let missing = ["Reference", "Name of Individual or Entity", "Type", "Name Type"].filter {
      column[$0.asciiLowercased] == nil
    }
    if !missing.isEmpty { throw .missingColumns(path: path, line: header.number, columns: missing) }
    // Builders in first-seen order, moved out while a row is applied (see UKParser).
    var builders: [EntityBuilder] = []
    var slots: [String: Int] = [:]
    var firstRow: [Int] = []
    // Column positions, looked up once (not per cell).
    var positions: [String: Int] = [:]
    for name in [
      "Reference", "Type", "Name Type", "Name of Individual or Entity", "Date of Birth", "Place of Birth",
      "Citizenship", "Address", "Additional Information", "Listing Information", "Committees",
    ] {
      if let index = column[name.asciiLowercased] { positions[name] = index }
    }
    var unknownNameTypes: [String: Int] = [:]
    var unreadDates = 0
    for row in sheet.rows.dropFirst() {
      if row.isBlank { continue }
      result.records += 1
      func cell(_ name: String) -> XLSXSheet.Cell? {
        guard let index = positions[name] else { return nil }
        return row[index]
      }
      func value(_ name: String) -> String? { cell(name).flatMap { Text.clean($0.text) } }
      guard let reference = value("Reference") else {
        result.warnings.append(ListWarning(.missingValue(field: "Reference", record: "row"), at: .row(row.number)))
        continue
      }
      let digits = reference.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty else {
        result.warnings.append(ListWarning(.referenceWithoutNumber(reference), at: .row(row.number)))
        continue
      }
      let id = "au:" + digits
      let typeText = value("Type")?.asciiLowercased ?? ""
      let type: EntityType = typeText == "individual" ? .person : typeText == "entity" ? .organization : typeText == "vessel" ? .vessel : .unknown
      let slot: Int
      var builder: EntityBuilder
      if let existing = slots[id] {
        slot = existing
        builder = builders.takeBuilder(at: slot)
        if builder.entity.type == .unknown, type != .unknown {
          builder.entity.type = type
        }
      } else {
        slot = builders.count
        slots[id] = slot
        builders.append(EntityBuilder.placeholder)
        firstRow.append(row.number)
        builder = EntityBuilder(id: id, source: .australiaDFAT, type: type)
      }
      let nameType = value("Name Type")?.asciiLowercased ?? ""
      let kind: NameKind
      switch nameType {
      case "primary name": kind = .primary
      case "aka", "a.k.a.", "alias": kind = .aka
      case "original script": kind = .originalScript
      case "formerly known as", "fka", "f.k.a.", "previously listed as": kind = .fka
      case "now known as", "nka": kind = .nka
      default:
        kind = .aka
        unknownNameTypes[nameType.isEmpty ? "(empty)" : nameType, default: 0] += 1
      }
      var nameKind = kind
      if kind == .primary, builder.hasPrimaryName { nameKind = .aka }
      builder.addName(value("Name of Individual or Entity"), kind: nameKind)
      if let dobCell = cell("Date of Birth"), let text = Text.clean(dobCell.text) {
        if dobCell.isNumber, let serial = Int(text), let date = Dates.fromExcelSerial(serial) {
          builder.addBirthDates([.exact(date)])
        } else {
          let dates = Dates.birthDates(text)
          unreadDates += dates.filter { if case .text = $0 { return true } else { return false } }.count
          builder.addBirthDates(dates)
        }
      }
      if let place = value("Place of Birth") {
        for piece in Enumeration.split(place) { builder.addBirthPlace(piece) }
      }
      if let citizenship = value("Citizenship"), citizenship.asciiLowercased != "na" {
        builder.addCitizenships(Countries.list(citizenship))
      }
      if let address = value("Address"), address.asciiLowercased != "na" {
        for piece in Enumeration.split(address) {
          let parts = piece.split(separator: ",").compactMap { Text.clean(String($0)) }
          var country: Country? = nil
          var lines = parts
          if let last = parts.last, let resolved = Countries.resolve(last), resolved.code != nil {
            country = resolved
            lines.removeLast()
          }
          builder.addAddress(Address(lines: lines.isEmpty ? [] : [lines.joined(separator: ", ")], country: country))
        }
      }
      builder.addRemark(value("Additional Information"))
      builder.addRemark(value("Listing Information"))
      builder.addProgram(value("Committees"))
      builders[slot] = builder
    }
    var withoutPrimary: [String] = []
    for slot in builders.indices {
      var builder = builders.takeBuilder(at: slot)
      let id = builder.entity.id
      if !builder.hasPrimaryName { withoutPrimary.append(id) }
      guard builder.ensurePrimaryName() else {
        result.warnings.append(ListWarning(.noName(id: id), at: .row(firstRow[slot])))
        continue
      }
      result.entities.append(builder.build())
    }
    if !withoutPrimary.isEmpty {
      result.warnings.append(
        ListWarning(.referencesWithoutPrimaryName(count: withoutPrimary.count, examples: Array(withoutPrimary.prefix(5)))))
    }
    for (type, count) in unknownNameTypes.sorted(by: { $0.key < $1.key }) {
      result.warnings.append(ListWarning(.unknownAliasType(count: count, records: "rows", column: "Name Type", value: type)))
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "dates of birth")))
    }
    return result
  }
}
