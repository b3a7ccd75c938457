import SanctionsSupport

/// UK OFSI / HM Treasury Consolidated List: the "2022 format" workbook (`ConList.xlsx`) and the
/// CSV exports (old 29-column HMT layout in Windows-1252, or UTF-8). Row 1 is
/// `Last Updated,<dd/mm/yyyy>`, row 2 the header; then one row per name variant, and the rows
/// of one target share a `Group ID`. `Name 6` is the surname. Ids: `uk:<Group ID>`.
enum UKParser {
  struct Row {
    var line: Int
    var cells: [XLSXSheet.Cell]
  }

  static func isUKSheet(_ sheet: XLSXSheet) -> Bool {
    guard let first = sheet.rows.first else { return false }
    return Text.clean(first[0].text)?.asciiLowercased == "last updated"
  }

  static func parse(sheet: XLSXSheet, path: String) throws(ListError) -> ParsedList {
    let rows = sheet.rows.map { Row(line: $0.number, cells: $0.cells) }
    return try parse(rows: rows, path: path, format: .ukOFSIXLSX)
  }

  static func parseCSV(_ raw: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    // UTF-8 when valid; otherwise the old HMT files' Windows-1252.
    var data = raw
    var windows1252 = false
    if UTF8Validation.firstInvalidOffset(in: raw.buffer) != nil {
      data = ByteBuffer(Text.utf8FromWindows1252(Array(raw.buffer)))
      windows1252 = true
    }
    var reader = CSVReader(data, path: path)
    var fields: [CSVReader.Field] = []
    var rows: [Row] = []
    while try reader.next(into: &fields) {
      rows.append(Row(line: reader.recordLine, cells: fields.map { XLSXSheet.Cell(text: reader.string($0), isNumber: false) }))
    }
    // Every data row must have the header's width (the first row is `Last Updated,<date>`,
    // padded to the same width in the official files).
    if rows.count >= 2 {
      let width = rows[1].cells.count
      for row in rows.dropFirst(2) where row.cells.count != width {
        throw .wrongColumnCount(path: path, line: row.line, expected: width, found: row.cells.count)
      }
    }
    var result = try parse(rows: rows, path: path, format: .ukOFSICSV)
    if windows1252 { result.warnings.insert(ListWarning(.decodedAsWindows1252), at: 0) }
    return result
  }

  static func parse(rows: [Row], path: String, format: ListFormat) throws(ListError) -> ParsedList {
    var result = ParsedList(format: format, source: .ukOFSI, published: nil, entities: [], records: 0, warnings: [])
    guard rows.count >= 2 else {
      throw .invalidRecord(path: path, location: "line 2", detail: "no header row after 'Last Updated'")
    }
    if rows[0].cells.count > 1 { result.published = Dates.parse(rows[0].cells[1].text) }
    let headerRow = rows[1]
    var column: [String: Int] = [:]
    for (index, cell) in headerRow.cells.enumerated() {
      if let key = Text.clean(cell.text)?.asciiLowercased, column[key] == nil { column[key] = index }
    }
    let missing = ["Name 6", "Group Type", "Group ID"].filter { column[$0.asciiLowercased] == nil }
    if !missing.isEmpty { throw .missingColumns(path: path, line: headerRow.line, columns: missing) }

    // Builders in first-seen order; `slots` maps an id to its position. Each row is applied to
    // its builder in place (never copied), so its arrays, sets and dictionaries stay uniquely
    // referenced and grow in place.
    var builders: [EntityBuilder] = []
    var slots: [String: Int] = [:]
    var firstLine: [Int] = []
    var unknownAliasTypes = 0
    var unreadDates = 0
    var groupsWithoutPrimary: [String] = []
    // Column positions, looked up once.
    var positions: [String: Int] = [:]
    for name in [
      "Group ID", "Group Type", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6", "Alias Type",
      "Alias Quality", "Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language", "Title",
      "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
      "National Identification Number", "National Identification Details", "NI Number", "Position",
      "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6", "Post/Zip Code", "Country",
      "Regime", "Listed On", "Other Information",
    ] {
      if let index = column[name.asciiLowercased] { positions[name] = index }
    }
    // Column indexes as constants (no dictionary lookups per cell).
    let colAliasQuality = positions["Alias Quality"]
    let colAliasType = positions["Alias Type"]
    let colCountry = positions["Country"]
    let colCountryOfBirth = positions["Country of Birth"]
    let colDob = positions["DOB"]
    let colGroupId = positions["Group ID"]
    let colGroupType = positions["Group Type"]
    let colListedOn = positions["Listed On"]
    let colNiNumber = positions["NI Number"]
    let colNameNonLatinScript = positions["Name Non-Latin Script"]
    let colNationalIdentificationDetails = positions["National Identification Details"]
    let colNationalIdentificationNumber = positions["National Identification Number"]
    let colNationality = positions["Nationality"]
    let colNonLatinScriptLanguage = positions["Non-Latin Script Language"]
    let colNonLatinScriptType = positions["Non-Latin Script Type"]
    let colOtherInformation = positions["Other Information"]
    let colPassportDetails = positions["Passport Details"]
    let colPassportNumber = positions["Passport Number"]
    let colPosition = positions["Position"]
    let colPostZipCode = positions["Post/Zip Code"]
    let colRegime = positions["Regime"]
    let colTitle = positions["Title"]
    let colTownOfBirth = positions["Town of Birth"]
    let nameColumns = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"].map { positions[$0] }
    let addressColumns = ["Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6"].map { positions[$0] }
    // The cells behind each multi-cell value (present columns only).
    let birthPlaceColumns = [colTownOfBirth, colCountryOfBirth].compactMap { $0 }
    let passportColumns = [colPassportNumber, colPassportDetails].compactMap { $0 }
    let nationalIDColumns = [colNationalIdentificationNumber, colNiNumber, colNationalIdentificationDetails].compactMap { $0 }
    let addressKeyColumns = (addressColumns + [colPostZipCode, colCountry]).compactMap { $0 }
    for row in rows.dropFirst(2) {
      func value(_ position: Int?) -> String? {
        guard let index = position, index < row.cells.count, !row.cells[index].text.isEmpty else { return nil }
        return Text.clean(row.cells[index].text)
      }
      /// The value, or nil when empty or unchanged since an earlier row of the same group.
      func newValue(_ position: Int?, _ builder: inout EntityBuilder) -> String? {
        guard let index = position, index < row.cells.count, !row.cells[index].text.isEmpty,
          builder.changed(column: index, raw: row.cells[index].text)
        else { return nil }
        return Text.clean(row.cells[index].text)
      }
      if row.cells.allSatisfy({ Text.clean($0.text) == nil }) { continue }
      result.records += 1
      guard let group = value(colGroupId) else {
        result.warnings.append(ListWarning(.recordWithoutID(record: "row", missing: "a Group ID"), at: .line(row.line)))
        continue
      }
      let groupType = value(colGroupType)?.asciiLowercased ?? ""
      let type: EntityType
      switch groupType {
      case "individual": type = .person
      case "entity": type = .organization
      case "ship": type = .vessel
      default: type = .unknown
      }
      let id = "uk:" + group
      let slot: Int
      if let existing = slots[id] {
        slot = existing
        let earlierType = builders[slot].entity.type
        if earlierType != type {
          result.warnings.append(
            ListWarning(.conflictingGroupType(id: id, type: groupType, earlier: earlierType), at: .line(row.line)))
        }
      } else {
        slot = builders.count
        slots[id] = slot
        builders.append(EntityBuilder(id: id, source: .ukOFSI, type: type))
        firstLine.append(row.line)
      }
      // Applies this row to its entity, in place in `builders` (never copied).
      func apply(_ builder: inout EntityBuilder) {
        // The name of this row.
        let parts = nameColumns.compactMap { value($0) }
        let name = parts.isEmpty ? nil : parts.joined(separator: " ")
        let aliasType = value(colAliasType)?.asciiLowercased ?? ""
        let quality: NameQuality? =
          switch value(colAliasQuality)?.asciiLowercased {
          case .some(let text) where text.hasPrefix("good"): .good
          case .some(let text) where text.hasPrefix("low"): .low
          default: nil
          }
        var kind: NameKind
        switch aliasType {
        case "primary name", "prime alias": kind = .primary
        case "primary name variation", "aka", "a.k.a.": kind = .aka
        case "fka", "f.k.a.": kind = .fka
        case "nka", "n.k.a.": kind = .nka
        case "": kind = .aka
        default:
          kind = .aka
          unknownAliasTypes += 1
        }
        if kind == .primary, builder.hasPrimaryName, let name,
          !builder.entity.names.contains(where: { $0.kind == .primary && $0.value == name })
        {
          kind = .aka  // a second, different primary name: keep it as an alias
        }
        builder.addName(name, kind: kind, quality: kind == .aka ? quality : nil)
        if let original = value(colNameNonLatinScript) {
          builder.addName(
            original, kind: .originalScript, script: value(colNonLatinScriptType),
            language: value(colNonLatinScriptLanguage))
        }
        if let title = newValue(colTitle, &builder) { builder.addRemark("Title: \(title)") }
        if let dob = newValue(colDob, &builder), builder.firstTime("dob\u{1}" + dob) {
          let dates = Dates.birthDates(dob)
          unreadDates += dates.filter { if case .text = $0 { return true } else { return false } }.count
          builder.addBirthDates(dates)
        }
        // Cells repeated unchanged from this entity's previous row give values that were already
        // applied (the same keys were offered): skip re-reading them.
        func repeated(_ positions: [Int], _ builder: inout EntityBuilder) -> Bool {
          var same = true
          for index in positions where !builder.sameRaw(key: -1 - index, raw: index < row.cells.count ? row.cells[index].text : "") {
            same = false
          }
          return same
        }
        if !repeated(birthPlaceColumns, &builder) {
          let birthPlace = [value(colTownOfBirth), value(colCountryOfBirth)].compactMap { $0 }
          if !birthPlace.isEmpty { builder.addBirthPlace(birthPlace.joined(separator: ", ")) }
        }
        if let nationality = newValue(colNationality, &builder), builder.firstTime("nat\u{1}" + nationality) {
          builder.addNationalities(Countries.list(nationality))
        }
        let passport = repeated(passportColumns, &builder) ? (nil, nil) : (value(colPassportNumber), value(colPassportDetails))
        if passport.0 != nil || passport.1 != nil,
          builder.firstTime("pp\u{1}\(passport.0 ?? "")\u{1}\(passport.1 ?? "")")
        {
          addDocuments(numbers: passport.0, details: passport.1, kind: .passport, to: &builder)
        }
        let nationalID =
          repeated(nationalIDColumns, &builder)
          ? (nil, nil)
          : (value(colNationalIdentificationNumber) ?? value(colNiNumber), value(colNationalIdentificationDetails))
        if nationalID.0 != nil || nationalID.1 != nil,
          builder.firstTime("ni\u{1}\(nationalID.0 ?? "")\u{1}\(nationalID.1 ?? "")")
        {
          addDocuments(numbers: nationalID.0, details: nationalID.1, kind: .nationalID, to: &builder)
        }
        if let position = newValue(colPosition, &builder) { builder.addRemark("Position: \(position)") }
        let sameAddress = repeated(addressKeyColumns, &builder)
        let lines = sameAddress ? [] : addressColumns.compactMap { value($0) }
        let postal = sameAddress ? nil : value(colPostZipCode)
        let addressCountry = sameAddress ? nil : value(colCountry)
        if !lines.isEmpty || postal != nil || addressCountry != nil,
          builder.firstTime("ad\u{1}\(lines.joined(separator: "\u{2}"))\u{1}\(postal ?? "")\u{1}\(addressCountry ?? "")")
        {
          builder.addAddress(Address(lines: lines, postalCode: postal, country: addressCountry.flatMap(Countries.resolve)))
        }
        builder.addProgram(newValue(colRegime, &builder))
        if let listed = newValue(colListedOn, &builder).flatMap(Dates.parse) {
          if builder.entity.listedOn == nil || listed < builder.entity.listedOn! { builder.entity.listedOn = listed }
        }
        if let other = newValue(colOtherInformation, &builder), builder.addRemarkIfNew(other) {
          applyOtherInformation(other, to: &builder)
        }
      }
      apply(&builders[slot])
    }
    for slot in builders.indices {
      var builder = builders.takeBuilder(at: slot)
      let id = builder.entity.id
      if !builder.hasPrimaryName {
        groupsWithoutPrimary.append(id)
      }
      guard builder.ensurePrimaryName() else {
        result.warnings.append(ListWarning(.noName(id: id), at: .line(firstLine[slot])))
        continue
      }
      result.entities.append(builder.build())
    }
    if !groupsWithoutPrimary.isEmpty {
      result.warnings.append(
        ListWarning(
          .groupsWithoutPrimaryName(count: groupsWithoutPrimary.count, examples: Array(groupsWithoutPrimary.prefix(5)))))
    }
    if unknownAliasTypes > 0 {
      result.warnings.append(
        ListWarning(.unknownAliasType(count: unknownAliasTypes, records: "rows", column: "Alias Type", value: nil)))
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "DOB values")))
    }
    return result
  }

  /// "(1) 223611 (2) C00146605" with details "(1) Libya number (2) British passport number".
  static func addDocuments(numbers: String?, details: String?, kind: IdentifierKind, to builder: inout EntityBuilder) {
    guard let numbers else {
      // Old CSV layout: the number is inside the details text ("Passport No: 592667 (...)").
      if let details { addFromDetails(details, kind: kind, to: &builder) }
      return
    }
    let numberList = Enumeration.split(numbers)
    let detailList = details.map(Enumeration.split) ?? []
    for (index, number) in numberList.enumerated() {
      let note = detailList.count == numberList.count ? detailList[index] : details
      let country = note.flatMap { Countries.resolve(String($0.split(separator: " ").first ?? "")) }
      builder.addIdentifier(
        Identifier(kind: kind, value: number, country: country?.code == nil ? nil : country, note: note))
    }
  }

  private static func addFromDetails(_ details: String, kind: IdentifierKind, to builder: inout EntityBuilder) {
    for piece in Enumeration.split(details) {
      // The first token containing a digit is the number.
      let tokens = piece.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," })
      guard var number = tokens.first(where: { $0.contains(where: \.isNumber) }).map(String.init) else {
        builder.addRemark("\(kind == .passport ? "Passport" : "National id"): \(piece)")
        continue
      }
      while number.hasSuffix(".") || number.hasSuffix(";") || number.hasSuffix(")") { number.removeLast() }
      while number.hasPrefix("(") { number.removeFirst() }
      builder.addIdentifier(Identifier(kind: kind, value: number, note: piece))
    }
  }

  /// "(Gender):Male", "(IMO number):9187629", "(Flag of ship):..." segments.
  static func applyOtherInformation(_ text: String, to builder: inout EntityBuilder) {
    var vessel = builder.entity.vessel ?? VesselDetails()
    for (label, value) in labelledSegments(text) {
      switch label.asciiLowercased {
      case "gender":
        let lower = value.asciiLowercased
        builder.entity.gender = lower.hasPrefix("male") ? .male : lower.hasPrefix("female") ? .female : .other
      case "imo number": builder.addIdentifier(Identifier(kind: .imo, value: firstToken(value)))
      case "flag of ship": vessel.flag = Countries.resolve(value)
      case "type of ship": vessel.vesselType = value
      case "tonnage of ship": vessel.tonnage = value
      case "current owners": vessel.owner = value
      case "uk sanctions list ref": builder.addIdentifier(Identifier(kind: .other("UK Sanctions List Ref"), value: firstToken(value)))
      case "un ref": builder.addIdentifier(Identifier(kind: .other("UN Ref"), value: firstToken(value)))
      default: break
      }
    }
    if builder.entity.type == .vessel || !vessel.isEmpty { builder.setVessel(vessel) }
  }

  private static func firstToken(_ text: String) -> String {
    var token = String(text.prefix { $0 != " " })
    while token.hasSuffix(".") || token.hasSuffix(",") { token.removeLast() }
    return token
  }

  /// Splits "(A):x (B):y" into [(A, x), (B, y)] (byte-level scan).
  static func labelledSegments(_ text: String) -> [(String, String)] {
    let bytes = Array(text.utf8)
    var markers: [(label: Range<Int>, valueStart: Int, markerStart: Int)] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x28 {  // (
        var close = index + 1
        while close < bytes.count, bytes[close] != 0x29, bytes[close] != 0x28 { close += 1 }
        if close + 1 < bytes.count, bytes[close] == 0x29, bytes[close + 1] == 0x3A {
          markers.append((index + 1..<close, close + 2, index))
          index = close + 2
          continue
        }
      }
      index += 1
    }
    var result: [(String, String)] = []
    for (position, marker) in markers.enumerated() {
      let end = position + 1 < markers.count ? markers[position + 1].markerStart : bytes.count
      guard marker.valueStart <= end,
        let value = Text.clean(String(decoding: bytes[marker.valueStart..<end], as: UTF8.self))
      else { continue }
      result.append((String(decoding: bytes[marker.label], as: UTF8.self), value))
    }
    return result
  }
}
