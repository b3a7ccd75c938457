import SanctionsSupport

/// An RFC 4180 CSV reader over UTF-8 bytes: quoted fields may contain commas, doubled quotes
/// and line breaks; records end at LF, CRLF or CR. Blank lines and a trailing DOS end-of-file
/// marker (0x1A) are skipped.
struct CSVReader {
  typealias Field = CSVField

  let data: ByteBuffer
  let path: String
  private(set) var position: Int
  /// Line on which the next record starts.
  private(set) var nextLine = 1
  /// Line on which the last record returned started.
  private(set) var recordLine = 0

  init(_ data: ByteBuffer, path: String, start: Int = 0) {
    self.data = data
    self.path = path
    position = data.hasPrefix([0xEF, 0xBB, 0xBF]) && start == 0 ? 3 : start
  }

  /// Reads the next record's fields into `fields`; false at the end of the input.
  mutating func next(into fields: inout [Field]) throws(ListError) -> Bool {
    fields.removeAll(keepingCapacity: true)
    let base = data.base
    let count = data.count
    // Skip blank lines and the DOS EOF marker.
    while position < count {
      let byte = base[position]
      if byte == 0x0A {
        nextLine += 1
        position += 1
      } else if byte == 0x0D {
        position += 1
      } else if byte == 0x1A, position == count - 1 || onlyTrailingJunk(from: position) {
        position = count
      } else {
        break
      }
    }
    guard position < count else { return false }
    recordLine = nextLine
    do throws(CSVSyntaxError) {
      let innerLines = try CSVScanner.scanRecord(data.buffer, position: &position, into: &fields)
      nextLine += innerLines + 1
    } catch {
      throw .malformedCSV(path: path, line: recordLine + error.lineOffset, detail: error.detail)
    }
    return true
  }

  private func onlyTrailingJunk(from index: Int) -> Bool {
    var position = index
    while position < data.count {
      let byte = data[position]
      if !(byte == 0x1A || byte == 0x0A || byte == 0x0D || byte == 0x20) { return false }
      position += 1
    }
    return true
  }

  /// The field's text (doubled quotes undone), not trimmed.
  func string(_ field: Field) -> String {
    guard field.hasDoubledQuotes else { return data.string(field.range) }
    return String(decoding: CSVScanner.bytes(of: field, in: data.buffer), as: UTF8.self)
  }

  /// The field's cleaned text; nil when empty.
  func value(_ field: Field) -> String? { Text.clean(string(field)) }
}

extension CSVReader {
  /// Reads the header row: its names cleaned and lower-cased, and the
  /// position of each name (the first one when a name repeats). An empty file
  /// and missing `required` columns are errors naming the file.
  mutating func readHeader(
    into fields: inout [Field], path: String, required: [String]
  ) throws(ListError) -> (names: [String], column: [String: Int]) {
    guard try next(into: &fields) else { throw .emptyFile(path: path) }
    let names = fields.map { (Text.clean(string($0)) ?? "").asciiLowercased }
    var column: [String: Int] = [:]
    for (index, name) in names.enumerated() where column[name] == nil { column[name] = index }
    let missing = required.filter { column[$0] == nil }
    if !missing.isEmpty { throw .missingColumns(path: path, line: 1, columns: missing) }
    return (names, column)
  }
}
