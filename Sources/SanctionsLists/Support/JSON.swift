/// A small JSON reader over UTF-8 bytes (RFC 8259), enough for JSON lines and arrays of names.
indirect enum JSONValue {
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  case number(String)
  case bool(Bool)
  case null

  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  var string: String? {
    switch self {
    case .string(let text): return text
    case .number(let text): return text
    case .bool(let value): return value ? "true" : "false"
    default: return nil
    }
  }

  /// Strings of a string, or of an array of strings; nil and null give [].
  var strings: [String] {
    switch self {
    case .array(let items): return items.compactMap(\.string)
    case .null: return []
    default: return string.map { [$0] } ?? []
    }
  }

  var keys: [String] {
    guard case .object(let members) = self else { return [] }
    return members.map(\.key)
  }
}

struct JSONParser {
  let data: ByteBuffer
  let path: String
  var position: Int
  let end: Int
  /// Line number of `start` (for JSON lines, the line being parsed).
  let firstLine: Int
  let lineStart: Int

  init(_ data: ByteBuffer, path: String, range: Range<Int>? = nil, line: Int = 1) {
    self.data = data
    self.path = path
    let range = range ?? 0..<data.count
    position = range.lowerBound
    end = range.upperBound
    firstLine = line
    lineStart = range.lowerBound
    if position == 0, data.hasPrefix([0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  func error(_ detail: String) -> ListError {
    // Line and column of the current position.
    var line = firstLine
    var column = 1
    var index = lineStart
    while index < min(position, end) {
      if data[index] == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    return .malformedJSON(path: path, line: line, column: column, detail: detail)
  }

  mutating func skipWhitespace() {
    while position < end {
      let byte = data[position]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 } else { break }
    }
  }

  var atEnd: Bool { position >= end }

  /// Parses one value and requires only whitespace after it.
  mutating func parseDocument() throws(ListError) -> JSONValue {
    let value = try parseValue()
    skipWhitespace()
    if position < end { throw error("unexpected data after the JSON value") }
    return value
  }

  mutating func parseValue(depth: Int = 0) throws(ListError) -> JSONValue {
    guard depth < 512 else { throw error("nesting too deep") }
    skipWhitespace()
    guard position < end else { throw error("unexpected end of input (file truncated?)") }
    switch data[position] {
    case 0x7B:  // {
      position += 1
      var members: [(key: String, value: JSONValue)] = []
      skipWhitespace()
      if position < end, data[position] == 0x7D {
        position += 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        guard position < end, data[position] == 0x22 else { throw error("expected a quoted object key") }
        let key = try parseString()
        skipWhitespace()
        guard position < end, data[position] == 0x3A else { throw error("expected ':' after an object key") }
        position += 1
        let value = try parseValue(depth: depth + 1)
        members.append((key, value))
        skipWhitespace()
        guard position < end else { throw error("unexpected end of input in an object (file truncated?)") }
        if data[position] == 0x2C {
          position += 1
          continue
        }
        if data[position] == 0x7D {
          position += 1
          return .object(members)
        }
        throw error("expected ',' or '}' in an object")
      }
    case 0x5B:  // [
      position += 1
      var items: [JSONValue] = []
      skipWhitespace()
      if position < end, data[position] == 0x5D {
        position += 1
        return .array(items)
      }
      while true {
        items.append(try parseValue(depth: depth + 1))
        skipWhitespace()
        guard position < end else { throw error("unexpected end of input in an array (file truncated?)") }
        if data[position] == 0x2C {
          position += 1
          continue
        }
        if data[position] == 0x5D {
          position += 1
          return .array(items)
        }
        throw error("expected ',' or ']' in an array")
      }
    case 0x22:
      return .string(try parseString())
    case 0x74:
      try literal("true")
      return .bool(true)
    case 0x66:
      try literal("false")
      return .bool(false)
    case 0x6E:
      try literal("null")
      return .null
    case 0x2D, 0x30...0x39:
      let start = position
      position += 1
      while position < end {
        let byte = data[position]
        if (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x65 || byte == 0x45 || byte == 0x2B
          || byte == 0x2D
        {
          position += 1
        } else {
          break
        }
      }
      return .number(data.string(start..<position))
    default:
      throw error("unexpected character '\(Character(UnicodeScalar(data[position])))'")
    }
  }

  private mutating func literal(_ word: String) throws(ListError) {
    for byte in word.utf8 {
      guard position < end, data[position] == byte else { throw error("invalid literal (expected \(word))") }
      position += 1
    }
  }

  private mutating func parseString() throws(ListError) -> String {
    position += 1  // opening quote
    let start = position
    var simple = true
    while position < end {
      let byte = data[position]
      if byte == 0x22 { break }
      if byte == 0x5C {
        simple = false
        position += 2
        continue
      }
      if byte < 0x20 { throw error("control character in a string") }
      position += 1
    }
    guard position < end else { throw error("unterminated string (file truncated?)") }
    let stop = position
    position += 1
    if simple { return data.string(start..<stop) }
    var output: [UInt8] = []
    output.reserveCapacity(stop - start)
    var index = start
    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= stop else { return nil }
      var value: UInt32 = 0
      for offset in 0..<4 {
        let c = data[at + offset]
        let digit: UInt32
        switch c {
        case 0x30...0x39: digit = UInt32(c - 0x30)
        case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
        case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
        default: return nil
        }
        value = value << 4 | digit
      }
      return value
    }
    while index < stop {
      let byte = data[index]
      guard byte == 0x5C else {
        output.append(byte)
        index += 1
        continue
      }
      guard index + 1 < stop else { throw error("bad escape in a string") }
      let escape = data[index + 1]
      index += 2
      switch escape {
      case 0x22: output.append(0x22)
      case 0x5C: output.append(0x5C)
      case 0x2F: output.append(0x2F)
      case 0x62: output.append(0x08)
      case 0x66: output.append(0x0C)
      case 0x6E: output.append(0x0A)
      case 0x72: output.append(0x0D)
      case 0x74: output.append(0x09)
      case 0x75:
        guard var scalar = hex4(index) else { throw error("bad \\u escape") }
        index += 4
        if (0xD800...0xDBFF).contains(scalar), index + 6 <= stop, data[index] == 0x5C, data[index + 1] == 0x75,
          let low = hex4(index + 2), (0xDC00...0xDFFF).contains(low)
        {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        output.append(contentsOf: Array(String(Character(character)).utf8))
      default:
        throw error("bad escape '\\\(Character(UnicodeScalar(escape)))'")
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}

extension JSONParser {
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
      var parser = JSONParser(data, path: path, range: lineStart..<lineEnd, line: line)
      parser.skipWhitespace()
      if parser.atEnd { continue }
      let object = try parser.parseDocument()
      guard case .object = object else {
        throw .malformedJSON(path: path, line: line, column: 1, detail: "expected one JSON object per line")
      }
      try body(line, object)
    }
  }
}
