/// One field of a CSV record: its byte range (inside the quotes when quoted)
/// and whether doubled quotes inside it still need undoing.
package struct CSVField: Sendable, Hashable {
  package var range: Range<Int>
  package var hasDoubledQuotes: Bool

  package init(range: Range<Int>, hasDoubledQuotes: Bool) {
    self.range = range
    self.hasDoubledQuotes = hasDoubledQuotes
  }
}

/// A CSV record that breaks RFC 4180: where (line offset from the record's
/// first line) and what.
package struct CSVSyntaxError: Error, Sendable, Hashable {
  /// Lines after the record's first line on which the problem was found (0 = the first).
  package var lineOffset: Int
  package var detail: String
}

/// The RFC 4180 record scanner that every CSV reader of the package shares:
/// list files (whole mapped files) and customer files (record by record from
/// standard input).
///
/// Quoted fields may contain commas, doubled quotes and line breaks; spaces
/// after a closing quote are tolerated; records end at LF, CRLF or CR.
package enum CSVScanner {
  /// Scans the record that starts at `position` in `bytes` (which must not be
  /// at a line break) into `fields`, and moves `position` past the record's
  /// line break. Returns the number of line breaks inside quoted fields.
  ///
  /// - Complexity: O(n) in the record's length.
  package static func scanRecord(
    _ bytes: UnsafeBufferPointer<UInt8>, position: inout Int, into fields: inout [CSVField]
  ) throws(CSVSyntaxError) -> Int {
    fields.removeAll(keepingCapacity: true)
    let count = bytes.count
    var innerLines = 0
    while true {
      if position < count, bytes[position] == 0x22 {
        var index = position + 1
        let start = index
        var doubled = false
        let quoteLine = innerLines
        while true {
          guard index < count else {
            throw CSVSyntaxError(lineOffset: quoteLine, detail: "quoted field never closed (file truncated?)")
          }
          let byte = bytes[index]
          if byte == 0x22 {
            if index + 1 < count, bytes[index + 1] == 0x22 {
              doubled = true
              index += 2
              continue
            }
            break
          }
          if byte == 0x0A { innerLines += 1 }
          index += 1
        }
        fields.append(CSVField(range: start..<index, hasDoubledQuotes: doubled))
        index += 1
        while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        position = index
        if index >= count { return innerLines }
        let byte = bytes[index]
        if byte == 0x2C {
          position += 1
          continue
        }
        if byte == 0x0A || byte == 0x0D {
          skipLineBreak(bytes, position: &position)
          return innerLines
        }
        throw CSVSyntaxError(
          lineOffset: innerLines, detail: "unexpected character after a closing quote in field \(fields.count)")
      }
      var index = position
      while index < count {
        let byte = bytes[index]
        if byte == 0x2C || byte == 0x0A || byte == 0x0D { break }
        index += 1
      }
      fields.append(CSVField(range: position..<index, hasDoubledQuotes: false))
      position = index
      if index >= count { return innerLines }
      if bytes[index] == 0x2C {
        position += 1
        if position >= count {
          fields.append(CSVField(range: count..<count, hasDoubledQuotes: false))
          return innerLines
        }
        continue
      }
      skipLineBreak(bytes, position: &position)
      return innerLines
    }
  }

  private static func skipLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, position: inout Int) {
    if position < bytes.count, bytes[position] == 0x0D { position += 1 }
    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
  }

  /// The field's bytes with doubled quotes undone.
  package static func bytes(of field: CSVField, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let slice = UnsafeBufferPointer(rebasing: bytes[field.range])
    guard field.hasDoubledQuotes else { return Array(slice) }
    var output: [UInt8] = []
    output.reserveCapacity(slice.count)
    var index = 0
    while index < slice.count {
      let byte = slice[index]
      output.append(byte)
      index += byte == 0x22 && index + 1 < slice.count && slice[index + 1] == 0x22 ? 2 : 1
    }
    return output
  }

  /// Whether the quotes in `line` leave a quoted field open at its end, so
  /// the record continues on the next line (`open` carries the state across
  /// the lines of one record).
  package static func leavesQuoteOpen(_ line: ArraySlice<UInt8>, open: Bool) -> Bool {
    var open = open
    for byte in line where byte == 0x22 { open.toggle() }
    return open
  }
}

/// CSV text writing (RFC 4180): a field is quoted when it holds a comma, a
/// quote, a line break or leading or trailing spaces.
package enum CSVText {
  /// `text` as one CSV field.
  package static func field(_ text: String) -> String {
    var needsQuotes = false
    for byte in text.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
      needsQuotes = true
      break
    }
    if let first = text.utf8.first, first == 0x20 || first == 0x09 { needsQuotes = true }
    if let last = text.utf8.last, last == 0x20 || last == 0x09 { needsQuotes = true }
    guard needsQuotes else { return text }
    var output = "\""
    for character in text.unicodeScalars {
      if character == "\"" { output += "\"\"" } else { output.unicodeScalars.append(character) }
    }
    return output + "\""
  }

  /// One record: the fields quoted as needed, separated by commas, ended by CRLF.
  package static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }
}
