import SanctionsSupport

/// JSON in list files: the shared parser over a file's bytes, with errors
/// as ``ListError/malformedJSON(path:line:column:detail:)`` naming the file
/// and the line in it.
extension JSONParser {
  /// Parses `data[range]` (the whole file by default, after a byte order
  /// mark) as one JSON document; `line` is the file's line number where
  /// the range starts.
  static func parse(
    _ data: ByteBuffer, path: String, range: Range<Int>? = nil, line: Int = 1
  ) throws(ListError) -> JSONValue {
    var range = range ?? 0..<data.count
    if range.lowerBound == 0, data.hasPrefix([0xEF, 0xBB, 0xBF]) { range = min(3, range.upperBound)..<range.upperBound }
    let result = withExtendedLifetime(data) {
      Result { () throws(JSONSyntaxError) -> JSONValue in
        var parser = JSONParser(data.buffer, range: range)
        return try parser.parseDocument()
      }
    }
    switch result {
    case .success(let value): return value
    case .failure(let error):
      throw .malformedJSON(path: path, line: line + error.line - 1, column: error.column, detail: error.detail)
    }
  }

  /// Reads a JSON Lines buffer: calls `body` with each line's number (from 1)
  /// and its value, skipping blank lines. A line that is not a JSON object is
  /// an error naming the line.
  static func forEachObjectLine(
    _ data: ByteBuffer, path: String, _ body: (_ line: Int, _ object: JSONValue) throws(ListError) -> Void
  ) throws(ListError) {
    var lineStart = 0
    var line = 0
    while lineStart < data.count {
      line += 1
      let lineEnd = data.find(0x0A, from: lineStart)
      defer { lineStart = lineEnd + 1 }
      let contentStart = lineStart == 0 && data.hasPrefix([0xEF, 0xBB, 0xBF]) ? min(3, lineEnd) : lineStart
      var blank = true
      for offset in contentStart..<lineEnd where ![0x20, 0x09, 0x0D].contains(data[offset]) {
        blank = false
        break
      }
      if blank { continue }
      let object = try parse(data, path: path, range: lineStart..<lineEnd, line: line)
      guard case .object = object else {
        throw .malformedJSON(path: path, line: line, column: 1, detail: "expected one JSON object per line")
      }
      try body(line, object)
    }
  }
}
