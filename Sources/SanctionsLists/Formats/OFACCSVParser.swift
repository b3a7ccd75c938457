import SanctionsSupport

/// OFAC legacy CSV set (no header, `-0-` = empty):
/// - `sdn.csv` / `cons_prim.csv`: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
///   Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks (12 fields);
/// - `alt.csv` / `cons_alt.csv`: ent_num, alt_num, alt_type, alt_name, alt_remarks (5);
/// - `add.csv` / `cons_add.csv`: ent_num, add_num, address, city/state/postal, country,
///   add_remarks (6);
/// - `sdn_comments.csv` / `cons_comments.csv`: ent_num, remarks continuation (2).
///
/// Ids: `ofac:<ent_num>`.
enum OFACCSVParser {
  /// The companion files of a primary file, by role.
  struct Companions {
    var alt: String?
    var add: String?
    var comments: String?
    var all: [String] { [alt, add, comments].compactMap { $0 } }
  }

  static let primaryNames = ["sdn.csv", "cons_prim.csv"]
  static let companionNames = [
    "alt.csv", "add.csv", "sdn_comments.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv",
  ]

  /// True for the file names of companion files.
  static func isCompanionName(_ name: String) -> Bool { companionNames.contains(name.asciiLowercased) }

  /// Finds the companions of a primary file in its folder.
  static func companions(of primary: String) -> Companions {
    let directory = FileSystem.directoryName(primary)
    let entries = (try? FileSystem.list(directory: directory)) ?? []
    let consolidated = FileSystem.baseName(primary).asciiLowercased.hasPrefix("cons")
    func find(_ wanted: String) -> String? {
      entries.first { $0.asciiLowercased == wanted }.map { FileSystem.join(directory, $0) }
    }
    return Companions(
      alt: find(consolidated ? "cons_alt.csv" : "alt.csv"),
      add: find(consolidated ? "cons_add.csv" : "add.csv"),
      comments: find(consolidated ? "cons_comments.csv" : "sdn_comments.csv"))
  }

  /// For a companion file: the primary file of its set in the same folder, if present.
  static func companions(ofCompanion path: String) -> String? {
    let directory = FileSystem.directoryName(path)
    let wanted = FileSystem.baseName(path).asciiLowercased.hasPrefix("cons") ? "cons_prim.csv" : "sdn.csv"
    let entries = (try? FileSystem.list(directory: directory)) ?? []
    return entries.first { $0.asciiLowercased == wanted }.map { FileSystem.join(directory, $0) }
  }

  /// True when the first record looks like an OFAC primary file: 12 fields, numeric ent_num.
  static func looksLikePrimary(firstRecord fields: [String]) -> Bool {
    fields.count == 12 && !fields[0].isEmpty && fields[0].utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  static func value(_ raw: String) -> String? {
    guard let cleaned = Text.clean(raw), cleaned != "-0-" else { return nil }
    return cleaned
  }

  /// True when the last byte before trailing line breaks and spaces is OFAC's 0x1A marker.
  static func endsWithEndOfFileMarker(_ data: ByteBuffer) -> Bool {
    var position = data.count - 1
    while position >= 0, [0x0A, 0x0D, 0x20].contains(data[position]) { position -= 1 }
    return position >= 0 && data[position] == 0x1A
  }

  static func parse(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    let consolidated = FileSystem.baseName(path).asciiLowercased.hasPrefix("cons")
    let source: ListSource = consolidated ? .ofacConsolidated : .ofacSDN
    var result = ParsedList(format: .ofacCSV, source: source, published: nil, entities: [], records: 0, warnings: [])
    try data.requireUTF8(path: path)

    struct Primary {
      var fields: [String]
      var line: Int
      var extraRemarks = ""
      var aliases: [(kind: NameKind, name: String, remark: String?)] = []
      var addresses: [Address] = []
    }
    if !endsWithEndOfFileMarker(data) { result.warnings.append(ListWarning(.noEndOfFileMarker)) }
    var primaries: [Primary] = []
    var indexByNumber: [String: Int] = [:]
    var reader = CSVReader(data, path: path)
    var fields: [CSVReader.Field] = []
    while try reader.next(into: &fields) {
      result.records += 1
      guard fields.count == 12 else {
        throw .wrongColumnCount(path: path, line: reader.recordLine, expected: 12, found: fields.count)
      }
      let values = fields.map { reader.string($0) }
      guard let number = Text.clean(values[0]), number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
        throw .invalidRecord(
          path: path, location: "line \(reader.recordLine)",
          detail: "ent_num '\(values[0])' is not a number")
      }
      if let first = indexByNumber[number] {
        result.warnings.append(
          ListWarning(.duplicateEntNum(number, firstLine: primaries[first].line), at: .line(reader.recordLine)))
        continue
      }
      indexByNumber[number] = primaries.count
      primaries.append(Primary(fields: values, line: reader.recordLine))
    }

    let companions = companions(of: path)
    result.companions = companions.all
    // Companion files: fixed layouts, rows keyed by ent_num.
    func readCompanion(
      _ companionPath: String, columns: Int,
      _ handle: (_ fields: [String], _ line: Int, _ index: Int) -> Void
    ) throws(ListError) {
      let bytes = try FileSystem.readFile(companionPath)
      try bytes.requireUTF8(path: companionPath)
      var reader = CSVReader(bytes, path: companionPath)
      var fields: [CSVReader.Field] = []
      var orphans = 0
      var orphanExamples: [String] = []
      while try reader.next(into: &fields) {
        guard fields.count == columns else {
          throw .wrongColumnCount(path: companionPath, line: reader.recordLine, expected: columns, found: fields.count)
        }
        let values = fields.map { reader.string($0) }
        let number = Text.clean(values[0]) ?? ""
        guard let index = indexByNumber[number] else {
          orphans += 1
          if orphanExamples.count < 5 { orphanExamples.append(number) }
          continue
        }
        handle(values, reader.recordLine, index)
      }
      if orphans > 0 {
        result.warnings.append(
          ListWarning(
            .orphanCompanionRows(count: orphans, primary: FileSystem.baseName(path), examples: orphanExamples),
            at: .file(FileSystem.baseName(companionPath))))
      }
    }
    if let commentsPath = companions.comments {
      try readCompanion(commentsPath, columns: 2) { values, _, index in
        primaries[index].extraRemarks += values[1]
      }
    }
    if let altPath = companions.alt {
      var unknownTypes = 0
      try readCompanion(altPath, columns: 5) { values, _, index in
        guard let name = value(values[3]) else { return }
        let type = (value(values[2]) ?? "aka").asciiLowercased
        let kind: NameKind
        switch type {
        case "aka", "a.k.a.": kind = .aka
        case "fka", "f.k.a.": kind = .fka
        case "nka", "n.k.a.": kind = .nka
        default:
          kind = .aka
          unknownTypes += 1
        }
        primaries[index].aliases.append((kind, name, value(values[4])))
      }
      if unknownTypes > 0 {
        result.warnings.append(
          ListWarning(
            .unknownAliasType(count: unknownTypes, records: "aliases", column: "alt_type", value: nil), at: .file("alt.csv")))
      }
    }
    if let addPath = companions.add {
      try readCompanion(addPath, columns: 6) { values, _, index in
        let lines = [values[2], values[3]].compactMap(value)
        let country = value(values[4]).flatMap(Countries.resolve)
        let address = Address(lines: lines, country: country, note: value(values[5]))
        if !address.isEmpty { primaries[index].addresses.append(address) }
      }
    }

    var unreadDates = 0
    for primary in primaries {
      let values = primary.fields
      let number = Text.clean(values[0])!
      let typeText = (value(values[2]) ?? "").asciiLowercased
      let type: EntityType
      switch typeText {
      case "individual": type = .person
      case "vessel": type = .vessel
      case "aircraft": type = .aircraft
      case "": type = .organization
      default:
        type = .unknown
        result.warnings.append(ListWarning(.unknownSDNType(id: "ofac:" + number, type: typeText), at: .line(primary.line)))
      }
      var builder = EntityBuilder(id: "ofac:" + number, source: source, type: type)
      builder.addName(value(values[1]), kind: .primary)
      for alias in primary.aliases {
        builder.addName(alias.name, kind: alias.kind)
        if let remark = alias.remark { builder.addRemark("Alias \(alias.name): \(remark)") }
      }
      for program in programs(value(values[3])) { builder.addProgram(program) }
      if let title = value(values[4]) { builder.addRemark("Title: \(title)") }
      var vessel = VesselDetails(
        flag: value(values[9]).flatMap(Countries.resolve), vesselType: value(values[6]),
        tonnage: value(values[7]), grossRegisteredTonnage: value(values[8]),
        callSign: value(values[5]), owner: value(values[10]))
      if let callSign = vessel.callSign { builder.addIdentifier(Identifier(kind: .callSign, value: callSign)) }
      for address in primary.addresses { builder.addAddress(address) }
      let remarks = (value(values[11]) ?? "") + primary.extraRemarks
      if let remarks = Text.clean(remarks), remarks != "-0-" {
        builder.addRemark(remarks)
        let facts = OFACRemarks.parse(remarks)
        for name in facts.names { builder.addName(name.value, kind: name.kind, quality: name.quality) }
        builder.addBirthDates(facts.birthDates)
        unreadDates += facts.birthDates.filter { if case .text = $0 { return true } else { return false } }.count
        for place in facts.birthPlaces { builder.addBirthPlace(place) }
        builder.addNationalities(facts.nationalities)
        builder.addCitizenships(facts.citizenships)
        for identifier in facts.identifiers { builder.addIdentifier(identifier) }
        builder.entity.gender = facts.gender
        if vessel.flag == nil, let flag = facts.vesselFlag { vessel.flag = flag }
      }
      if type == .vessel || !vessel.isEmpty { builder.setVessel(vessel) }
      guard builder.ensurePrimaryName() else {
        result.warnings.append(ListWarning(.noName(id: "ofac:" + number), at: .line(primary.line)))
        continue
      }
      result.entities.append(builder.build())
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "dates of birth in remarks")))
    }
    return result
  }

  /// "SDGT] [IFSR" → ["SDGT", "IFSR"].
  static func programs(_ text: String?) -> [String] {
    guard let text else { return [] }
    return Text.split(text, on: 0x5D).flatMap { Text.split($0, on: 0x5B) }
  }
}

/// Facts OFAC writes into the free-text remarks of `sdn.csv` (and the CSL remarks/ids).
enum OFACRemarks {
  struct Facts {
    var names: [EntityName] = []
    var birthDates: [BirthDate] = []
    var birthPlaces: [String] = []
    var nationalities: [Country] = []
    var citizenships: [Country] = []
    var identifiers: [Identifier] = []
    var gender: Gender?
    var vesselFlag: Country?
  }

  /// Label (lower case, longest first) → identifier kind.
  static let labels: [(label: String, kind: IdentifierKind)] = {
    let table: [(String, IdentifierKind)] = [
      ("passport", .passport), ("diplomatic passport", .passport), ("national id no.", .nationalID),
      ("national id", .nationalID), ("national identification number", .nationalID),
      ("identification number", .nationalID), ("personal id card", .nationalID),
      ("cedula no.", .nationalID), ("d.n.i.", .nationalID), ("c.u.r.p.", .nationalID),
      ("c.u.i.p.", .nationalID), ("ssn", .nationalID), ("national foreign id number", .nationalID),
      ("citizen's card number", .nationalID), ("residency number", .nationalID),
      ("tax id no.", .taxID), ("r.f.c.", .taxID), ("nit #", .taxID), ("ruc #", .taxID),
      ("v.a.t. number", .taxID), ("rif #", .taxID), ("c.u.i.t.", .taxID), ("rtn", .taxID),
      ("vessel registration identification", .imo), ("imo", .imo), ("mmsi", .mmsi),
      ("swift/bic", .bic), ("call sign", .callSign),
      ("registration number", .other("Registration Number")),
      ("registration id", .other("Registration ID")),
      ("company number", .other("Company Number")),
      ("business registration number", .other("Business Registration Number")),
      ("business registration document #", .other("Business Registration Document")),
      ("legal entity number", .other("Legal Entity Number")),
      ("unified social credit code (uscc)", .other("Unified Social Credit Code")),
      ("government gazette number", .other("Government Gazette Number")),
      ("commercial registry number", .other("Commercial Registry Number")),
      ("folio mercantil no.", .other("Folio Mercantil No.")),
      ("matricula mercantil no", .other("Matricula Mercantil No")),
      ("trade license no.", .other("Trade License No.")), ("c.r. no.", .other("C.R. No.")),
      ("economic register number (cbls)", .other("Economic Register Number")),
      ("chamber of commerce number", .other("Chamber of Commerce Number")),
      ("d-u-n-s number", .other("D-U-N-S Number")), ("bik (ru)", .other("BIK (RU)")),
      ("isin", .other("ISIN")),
      ("aircraft manufacturer's serial number (msn)", .other("Aircraft MSN")),
      ("aircraft tail number", .other("Aircraft Tail Number")),
      ("previous aircraft tail number", .other("Aircraft Tail Number")),
      ("aircraft construction number (also called l/n or s/n or f/n)", .other("Aircraft Construction Number")),
      ("stateless person passport", .passport), ("stateless person id card", .nationalID),
    ]
    return table.sorted { $0.0.count > $1.0.count }
  }()

  /// `labels` with the separating space appended (matched as prefixes).
  static let spacedLabels: [(label: String, kind: IdentifierKind)] = labels.map { ($0.label + " ", $0.kind) }

  /// `spacedLabels` grouped by their first byte (order kept: longest first), with the label's
  /// bytes, so a remark part is only compared with the labels that can start it.
  static let spacedLabelsByFirstByte: [[(label: String, bytes: [UInt8], kind: IdentifierKind)]] = {
    var table = [[(label: String, bytes: [UInt8], kind: IdentifierKind)]](repeating: [], count: 256)
    for (label, kind) in spacedLabels {
      let bytes = Array(label.utf8)
      table[Int(bytes[0])].append((label, bytes, kind))
    }
    return table
  }()

  static func parse(_ remarks: String) -> Facts {
    var facts = Facts()
    extractAliases(remarks, into: &facts)
    for rawPart in splitParts(remarks) {
      var part = rawPart
      var lower = part.asciiLowercased
      // The first byte rules out most labels before the (exact, character-based) prefix test;
      // every label starts with a plain ASCII letter.
      var first = lower.utf8.first ?? 0
      if first == 0x61, lower.hasPrefix("alt. ") {
        part = String(part.dropFirst(5))
        lower = String(lower.dropFirst(5))
        first = lower.utf8.first ?? 0
      }
      if first == 0x64, lower.hasPrefix("dob ") {
        facts.birthDates += Dates.birthDates(String(part.dropFirst(4)))
      } else if first == 0x70, lower.hasPrefix("pob ") {
        if let place = Text.clean(String(part.dropFirst(4))) { facts.birthPlaces.append(place) }
      } else if first == 0x6E, lower.hasPrefix("nationality ") {
        facts.nationalities += Countries.list(String(part.dropFirst(12)))
      } else if first == 0x63, lower.hasPrefix("citizen ") {
        facts.citizenships += Countries.list(String(part.dropFirst(8)))
      } else if first == 0x67, lower.hasPrefix("gender ") {
        let value = lower.dropFirst(7)
        facts.gender = value.hasPrefix("male") ? .male : value.hasPrefix("female") ? .female : .other
      } else if first == 0x64, lower.hasPrefix("digital currency address - ") {
        let rest = part.dropFirst(27)
        let pieces = rest.split(separator: " ", maxSplits: 1)
        if pieces.count == 2, let (address, _, note) = splitValue(String(pieces[1])) {
          let currency = String(pieces[0])
          facts.identifiers.append(
            Identifier(kind: .cryptoWallet, value: address, note: note.map { "\(currency); \($0)" } ?? currency))
        }
      } else if (first == 0x76 && lower.hasPrefix("vessel flag ")) || (first == 0x66 && lower.hasPrefix("flag ")) {
        facts.vesselFlag = Countries.resolve(String(part.drop(while: { $0 != " " }).dropFirst(lower.hasPrefix("vessel") ? 6 : 0)))
      } else if let identifier = identifier(part, lower: lower) {
        facts.identifiers.append(identifier)
      }
    }
    return facts
  }

  /// `Label VALUE (Country) rest` → identifier, when the label is a known identifier label.
  static func identifier(_ part: String, lower: String) -> Identifier? {
    guard let firstByte = lower.utf8.first else { return nil }
    // Labels are ASCII without K, ; or ` (characters with canonical equivalents), so a
    // byte-level prefix match is necessary; `hasPrefix` then confirms it exactly as before.
    for (label, bytes, kind) in spacedLabelsByFirstByte[Int(firstByte)]
    where lower.utf8.starts(with: bytes) && lower.hasPrefix(label) {
      var rest = Substring(part.dropFirst(label.count))
      if case .imo = kind, rest.asciiLowercasedPrefix("imo ") { rest = rest.dropFirst(4) }
      guard let (value, country, note) = splitValue(String(rest)) else { return nil }
      return Identifier(kind: kind, value: value, country: country, note: note)
    }
    return nil
  }

  /// "A123456 (Iraq) issued 2001" → ("A123456", Iraq, "issued 2001").
  static func splitValue(_ text: String) -> (String, Country?, String?)? {
    guard var text = Text.clean(text) else { return nil }
    while text.hasSuffix(".") { text.removeLast() }
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else {
      return Text.clean(text).map { ($0, nil, nil) }
    }
    guard let value = Text.clean(String(text[..<open])) else { return nil }
    let inside = String(text[text.index(after: open)..<close])
    let country = Countries.resolve(inside)
    let rest = Text.clean(String(text[text.index(after: close)...]))
    if let country, country.code != nil { return (value, country, rest) }
    let note = [inside, rest].compactMap { Text.clean($0) }.joined(separator: " ")
    return (value, nil, note.isEmpty ? nil : note)
  }

  /// Splits on ";" outside quotes (an opening quote follows a space; the next quote closes it).
  static func splitParts(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var parts: [String] = []
    var start = 0
    var inQuote = false
    var previous: UInt8 = 0x20
    for (index, byte) in bytes.enumerated() {
      if byte == 0x27 {
        if !inQuote, previous == 0x20 { inQuote = true } else if inQuote { inQuote = false }
      } else if byte == 0x3B, !inQuote {
        if let part = Text.clean(String(decoding: bytes[start..<index], as: UTF8.self)) { parts.append(part) }
        start = index + 1
      }
      previous = byte
    }
    if let part = Text.clean(String(decoding: bytes[start...], as: UTF8.self)) { parts.append(part) }
    return parts.map { part in
      var trimmed = part
      // (A final "." byte is necessary for the character-based test; most parts have none.)
      while trimmed.utf8.last == 0x2E, trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") { trimmed.removeLast() }
      return trimmed
    }
  }

  /// `a.k.a. 'BNC'` → weak alias; `f.k.a. '...'` / `n.k.a. '...'` → former / new name (low
  /// quality). The closing quote is the first one followed by ; , ) or a final "." (names may
  /// contain apostrophes).
  static func extractAliases(_ text: String, into facts: inout Facts) {
    let bytes = Array(text.utf8)
    let count = bytes.count
    var index = 0
    while index + 8 <= count {
      guard bytes[index + 1] == 0x2E, bytes[index + 2] == 0x6B, bytes[index + 3] == 0x2E,
        bytes[index + 4] == 0x61, bytes[index + 5] == 0x2E, bytes[index + 6] == 0x20, bytes[index + 7] == 0x27
      else {
        index += 1
        continue
      }
      let kind: NameKind
      switch bytes[index] {
      case 0x61: kind = .weakAka
      case 0x66: kind = .fka
      case 0x6E: kind = .nka
      default:
        index += 1
        continue
      }
      var end = index + 8
      var close = -1
      while end < count {
        if bytes[end] == 0x27 {
          let next: UInt8 = end + 1 < count ? bytes[end + 1] : 0x3B
          if next == 0x3B || next == 0x2C || next == 0x29
            || (next == 0x2E && (end + 2 >= count || bytes[end + 2] == 0x20 || bytes[end + 2] == 0x3B))
          {
            close = end
            break
          }
        }
        end += 1
      }
      guard close > index + 8 else {
        index += 8
        continue
      }
      if let name = Text.clean(String(decoding: bytes[(index + 8)..<close], as: UTF8.self)) {
        facts.names.append(EntityName(name, kind: kind, quality: .low))
      }
      index = close + 1
    }
  }
}

extension Substring {
  fileprivate func asciiLowercasedPrefix(_ prefix: String) -> Bool {
    String(self.prefix(prefix.count)).asciiLowercased == prefix
  }
}
