import SanctionsMatching
import SanctionsScreening
import SanctionsSupport

/// One query read from a batch record, with what its output carries: the
/// input's own id and, for customer files, the row's fields.
struct BatchQuery: Sendable {
  var query: ScreeningQuery
  /// The input's id (JSON lines: any JSON value; CSV: the id column's text).
  var id: JSONValue?
  /// The row's fields as read (CSV), carried to CSV output; for other inputs
  /// the values of ``QueryReader/carriedColumns``.
  var fields: [String]
  /// The line the record starts on.
  var line: Int
}

/// A record that could not be read as a query, with what was read of it.
struct QueryInputError: Error {
  var message: String
  var partial: BatchQuery
}

/// Reads batch records as queries: text (one name per line), JSON lines or
/// CSV rows (``CSVColumns``); options give the attributes a record leaves out.
struct QueryReader: Sendable {
  enum Format: Sendable {
    case text
    case jsonl
    case csv(CSVColumns)
  }

  let format: Format
  /// The attributes of a query whose record does not give them.
  let defaults: ScreeningQuery

  /// The input columns carried to CSV output.
  var carriedColumns: [String] {
    switch format {
    case .text: return ["name"]
    case .jsonl: return ["id", "name"]
    case .csv(let columns): return columns.header
    }
  }

  /// The query of one record.
  func read(_ record: BatchRecord) -> Result<BatchQuery, QueryInputError> {
    var partial = BatchQuery(query: defaults, id: nil, fields: [], line: record.line)
    func failure(_ message: String) -> Result<BatchQuery, QueryInputError> {
      .failure(QueryInputError(message: message, partial: partial))
    }
    if record.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      // Only read with --strict-lines: answered, so output lines pair with input lines.
      return failure("blank line (with --strict-lines every input line is answered; remove blank lines from the input)")
    }
    switch format {
    case .text:
      guard let text = UTF8Validation.string(record.bytes) else {
        partial.fields = [String(decoding: record.bytes, as: UTF8.self)]
        return failure("the line is not valid UTF-8")
      }
      partial.query.name = text
      partial.fields = [text]
      return .success(partial)
    case .jsonl:
      return readJSON(record, into: &partial).map { partial }
    case .csv(let columns):
      return readCSV(record, columns: columns, into: &partial).map { partial }
    }
  }

  private func readJSON(_ record: BatchRecord, into partial: inout BatchQuery) -> Result<Void, QueryInputError> {
    let value: JSONValue
    do throws(JSONSyntaxError) {
      value = try JSONParser.parseDocument(record.bytes)
    } catch {
      return .failure(QueryInputError(message: error.descriptionInLine, partial: partial))
    }
    partial.id = value["id"]
    partial.fields = [partial.id.flatMap(Formatting.text) ?? "", ""]
    func failure(_ message: String) -> Result<Void, QueryInputError> {
      .failure(QueryInputError(message: message, partial: partial))
    }
    guard Formatting.isEchoableID(partial.id) else {
      partial.id = nil
      partial.fields[0] = ""
      return failure(Formatting.badIDMessage)
    }
    guard case .string(let name)? = value["name"] else { return failure("field \"name\" is missing or not a string") }
    partial.query.name = name
    partial.fields[1] = name
    if let type = value["type"], type != .null {
      guard case .string(let text) = type, let kind = PartyKind(rawValue: text) else {
        return failure("field \"type\" must be one of person, organization, vessel, aircraft, any")
      }
      partial.query.kind = kind
    }
    if let dob = value["dob"], dob != .null {
      guard let text = Formatting.text(dob), let year = ScreeningQuery.birthYear(in: text) else {
        return failure("field \"dob\" must contain a year, e.g. \"1957\" or \"1957-03-10\"")
      }
      partial.query.birthYear = year
    }
    if let country = value["country"], country != .null {
      guard case .string(let text) = country else { return failure("field \"country\" must be a string") }
      partial.query.country = text
    }
    return .success(())
  }

  private func readCSV(
    _ record: BatchRecord, columns: CSVColumns, into partial: inout BatchQuery
  ) -> Result<Void, QueryInputError> {
    var fields: [CSVField] = []
    var rawFields: [[UInt8]] = []
    let scanned = Array(record.bytes).withUnsafeBufferPointer { bytes -> CSVSyntaxError? in
      var position = 0
      do throws(CSVSyntaxError) {
        _ = try CSVScanner.scanRecord(bytes, position: &position, into: &fields)
      } catch {
        return error
      }
      rawFields = fields.map { CSVScanner.bytes(of: $0, in: bytes) }
      return nil
    }
    partial.fields = rawFields.map { String(decoding: $0, as: UTF8.self) }
    func failure(_ message: String) -> Result<Void, QueryInputError> {
      .failure(QueryInputError(message: message, partial: partial))
    }
    if let error = scanned { return failure("not a valid CSV row: \(error.detail)") }
    if let id = columns.id, id < partial.fields.count { partial.id = .string(partial.fields[id]) }
    guard rawFields.count == columns.header.count else {
      return failure("the row has \(rawFields.count) fields, the header \(columns.header.count)")
    }
    for (index, raw) in rawFields.enumerated() where UTF8Validation.string(raw[...]) == nil {
      return failure("column \"\(columns.header[index])\" is not valid UTF-8")
    }
    let name = partial.fields[columns.name]
    guard !name.allSatisfy(\.isWhitespace) else { return failure("column \"\(columns.header[columns.name])\" (the name) is empty") }
    partial.query.name = name
    if let column = columns.type, let text = nonEmpty(partial.fields[column]) {
      guard let kind = Self.partyKind(text) else {
        return failure(
          "column \"\(columns.header[column])\" must be person, organization, vessel, aircraft or any (got \"\(text)\")")
      }
      partial.query.kind = kind
    }
    if let column = columns.dob, let text = nonEmpty(partial.fields[column]) {
      guard let year = ScreeningQuery.birthYear(in: text) else {
        return failure("column \"\(columns.header[column])\" must contain a year, e.g. 1957 or 1957-03-10 (got \"\(text)\")")
      }
      partial.query.birthYear = year
    }
    if let column = columns.country, let text = nonEmpty(partial.fields[column]) { partial.query.country = text }
    return .success(())
  }

  private func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingWhitespace
    return trimmed.isEmpty ? nil : trimmed
  }

  /// A party type as customer files write it (`Individual`, `Company`, `ORG`, ...).
  static func partyKind(_ text: String) -> PartyKind? {
    switch text.lowercased() {
    case "person", "individual", "natural person", "natural", "p", "i", "ind": return .person
    case "organization", "organisation", "entity", "company", "legal entity", "legal", "corporate", "org", "o", "e", "c":
      return .organization
    case "vessel", "ship", "v": return .vessel
    case "aircraft", "a": return .aircraft
    case "any", "unknown": return .any
    default: return nil
    }
  }
}
