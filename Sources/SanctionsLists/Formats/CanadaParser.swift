/// Canada SEMA consolidated list XML (`data-set` of `record`s with `Country`, `Entity` or
/// `LastName`/`GivenName`, `Aliases`, `DateOfBirth`, `Title`, `Schedule`, `Item`).
/// Ids: `ca:<regime>:<schedule>:<item>`, where the regime is the English part of `Country`
/// (or the abbreviation in parentheses) and all parts are lower-case slugs, e.g.
/// `ca:burma:1:17`, `ca:jvcfor:na:3`.
enum CanadaParser {
  static func parse(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(format: .canadaSEMAXML, source: .canadaSEMA, published: nil, entities: [], records: 0, warnings: [])
    var reader = XMLRecordReader(data, path: path, records: ["record"])
    var seen: [String: Int] = [:]
    var unreadDates = 0
    try reader.read(onRoot: { (root) throws(ListError) in
      guard root.name == "data-set" else {
        throw .unknownFormat(path: path, detail: "XML root <\(root.name)> is not <data-set>")
      }
    }) { node in
      result.records += 1
      var line: Int { data.line(of: node.offset) }
      let country = node.text("Country") ?? ""
      guard let item = node.text("Item") else {
        result.warnings.append(ListWarning(.recordWithoutID(record: "<record>", missing: "<Item>"), at: .line(line)))
        return
      }
      let schedule = node.text("Schedule")
      let id = "ca:\(regimeSlug(country)):\(slug(schedule ?? "na")):\(slug(item))"
      if let first = seen[id] {
        result.warnings.append(ListWarning(.duplicateID(id, firstLine: data.line(of: first)), at: .line(line)))
        return
      }
      seen[id] = node.offset
      let organization = node.text("Entity")
      var builder = EntityBuilder(id: id, source: .canadaSEMA, type: organization != nil ? .organization : .person)
      if let organization {
        builder.addName(organization, kind: .primary)
      } else {
        let parts = [node.text("GivenName"), node.text("LastName")].compactMap { $0 }
        builder.addName(parts.joined(separator: " "), kind: .primary)
      }
      for alias in splitAliases(node.text("Aliases")) { builder.addName(alias, kind: .aka) }
      if let dob = node.text("DateOfBirth") {
        let dates = Dates.birthDates(dob)
        unreadDates += dates.filter { if case .text = $0 { return true } else { return false } }.count
        builder.addBirthDates(dates)
      }
      if let title = node.text("Title") { builder.addRemark("Title: \(title)") }
      var program = country
      if let schedule { program += ", Schedule \(schedule)" }
      builder.addProgram(program)
      builder.addRemark("Item \(item)")
      guard builder.ensurePrimaryName() else {
        result.warnings.append(ListWarning(.noName(id: id), at: .line(line)))
        return
      }
      result.entities.append(builder.build())
    }
    if unreadDates > 0 {
      result.warnings.append(ListWarning(.unreadDates(count: unreadDates, field: "dates of birth")))
    }
    return result
  }

  /// "Burma / Birmanie" → "burma"; "Justice for Victims ... (JVCFOR) / ..." → "jvcfor".
  static func regimeSlug(_ country: String) -> String {
    let english = country.split(separator: "/").first.map(String.init) ?? country
    if let open = english.firstIndex(of: "("), let close = english[open...].firstIndex(of: ")") {
      return slug(String(english[english.index(after: open)..<close]))
    }
    return slug(english)
  }

  static func slug(_ text: String) -> String {
    let words = text.asciiLowercased.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    return words.isEmpty ? "na" : words.joined(separator: "-")
  }

  /// Aliases are comma-separated; a comma followed by a company suffix stays in the name
  /// ("Pte. Ltd., ..." splits, "Co., Ltd." does not).
  static func splitAliases(_ text: String?) -> [String] {
    guard let text else { return [] }
    let suffixes = ["ltd", "inc", "llc", "s.a", "co", "corp", "limited", "jsc", "ojsc", "pjsc", "gmbh", "l.l.c"]
    var result: [String] = []
    for piece in text.split(separator: ";").flatMap({ $0.split(separator: ",") }) {
      guard let cleaned = Text.clean(String(piece)) else { continue }
      let lower = cleaned.asciiLowercased.trimmingDots
      if let last = result.last, suffixes.contains(lower) {
        result[result.count - 1] = last + ", " + cleaned
      } else {
        result.append(cleaned)
      }
    }
    return result
  }
}

extension String {
  fileprivate var trimmingDots: String {
    var copy = self
    while copy.hasSuffix(".") { copy.removeLast() }
    return copy
  }
}
