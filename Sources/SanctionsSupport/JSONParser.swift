/// A strict JSON reader (RFC 8259) over UTF-8 bytes in memory, without
/// copying them: JSON lines, list files, arrays of names.
///
/// Errors are ``JSONSyntaxError``s with the line and byte column of the
/// problem. Numbers must follow the JSON grammar, strings may not hold raw
/// control characters, `\u` escapes must pair their surrogates, and nesting
/// is limited to ``maximumDepth``. A byte order mark is not skipped: callers
/// that accept one start the range after it.
///
/// The parser reads `bytes` through an unsafe pointer: keep their storage
/// alive while parsing (or use ``parseDocument(_:)``).
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 128

  private let bytes: UnsafeBufferPointer<UInt8>
  private let start: Int
  private let end: Int
  /// The offset of the next byte to read.
  package private(set) var position: Int

  /// A parser for `bytes[range]` (all of `bytes` by default).
  package init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) {
    self.bytes = bytes
    let range = range ?? 0..<bytes.count
    start = range.lowerBound
    end = range.upperBound
    position = range.lowerBound
  }

  /// Parses `bytes` as one JSON document (a value with only whitespace
  /// around it).
  public static func parseDocument(_ bytes: ArraySlice<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in
        var parser = JSONParser(buffer)
        return try parser.parseDocument()
      }
    }
    return try result.get()
  }

  /// True when every byte has been read.
  package var atEnd: Bool { position >= end }

  /// Skips spaces, tabs, carriage returns and line feeds.
  package mutating func skipWhitespace() {
    while position < end {
      let byte = bytes[position]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
      position += 1
    }
  }

  /// Parses one value and requires only whitespace after it.
  package mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    let value = try parseValue(depth: 0)
    skipWhitespace()
    if position < end { throw error("unexpected data after the JSON value") }
    return value
  }

  /// An error at the current position.
  package func error(_ detail: String) -> JSONSyntaxError { error(detail, at: position) }

  private func error(_ detail: String, at offset: Int) -> JSONSyntaxError {
    var line = 1
    var lineStart = start
    var index = start
    let stop = min(max(offset, start), end)
    while index < stop {
      if bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return JSONSyntaxError(line: line, column: stop - lineStart + 1, detail: detail)
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard position < end else { throw error("unexpected end of input (truncated?)") }
    switch bytes[position] {
    case 0x7B:  // {
      guard depth < Self.maximumDepth else { throw error("nesting too deep (more than \(Self.maximumDepth) levels)") }
      position += 1
      var members: [(key: String, value: JSONValue)] = []
      skipWhitespace()
      if position < end, bytes[position] == 0x7D {
        position += 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        guard position < end, bytes[position] == 0x22 else { throw error("expected a quoted object key") }
        let key = try parseString()
        skipWhitespace()
        guard position < end, bytes[position] == 0x3A else { throw error("expected ':' after the key \"\(key)\"") }
        position += 1
        members.append((key, try parseValue(depth: depth + 1)))
        skipWhitespace()
        guard position < end else { throw error("unexpected end of input in an object (truncated?)") }
        switch bytes[position] {
        case 0x2C: position += 1
        case 0x7D:
          position += 1
          return .object(members)
        default: throw error("expected ',' or '}' in an object")
        }
      }
    case 0x5B:  // [
      guard depth < Self.maximumDepth else { throw error("nesting too deep (more than \(Self.maximumDepth) levels)") }
      position += 1
      var items: [JSONValue] = []
      skipWhitespace()
      if position < end, bytes[position] == 0x5D {
        position += 1
        return .array(items)
      }
      while true {
        items.append(try parseValue(depth: depth + 1))
        skipWhitespace()
        guard position < end else { throw error("unexpected end of input in an array (truncated?)") }
        switch bytes[position] {
        case 0x2C: position += 1
        case 0x5D:
          position += 1
          return .array(items)
        default: throw error("expected ',' or ']' in an array")
        }
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
      return .number(try parseNumber())
    case let byte:
      if byte < 0x80 { throw error("unexpected character '\(Character(Unicode.Scalar(byte)))'") }
      throw error("unexpected byte 0x\(String(byte, radix: 16, uppercase: true))")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let literalStart = position
    for offset in 0..<word.utf8CodeUnitCount {
      guard position < end, bytes[position] == word.utf8Start[offset] else {
        throw error("invalid literal (expected \(word))", at: literalStart)
      }
      position += 1
    }
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let numberStart = position
    func digits(_ parser: inout JSONParser) -> Int {
      let first = parser.position
      while parser.position < parser.end, (0x30...0x39).contains(parser.bytes[parser.position]) { parser.position += 1 }
      return parser.position - first
    }
    if bytes[position] == 0x2D { position += 1 }
    guard position < end, (0x30...0x39).contains(bytes[position]) else { throw error("invalid number: a digit must follow '-'") }
    if bytes[position] == 0x30 {
      position += 1
      if position < end, (0x30...0x39).contains(bytes[position]) {
        throw error("invalid number: leading zeros are not allowed", at: numberStart)
      }
    } else {
      _ = digits(&self)
    }
    if position < end, bytes[position] == 0x2E {
      position += 1
      guard digits(&self) > 0 else { throw error("invalid number: a digit must follow '.'") }
    }
    if position < end, bytes[position] == 0x65 || bytes[position] == 0x45 {
      position += 1
      if position < end, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
      guard digits(&self) > 0 else { throw error("invalid number: the exponent has no digits") }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<position]), as: UTF8.self)
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    position += 1  // opening quote
    let contentStart = position
    var escaped = false
    while true {
      guard position < end else { throw error("unterminated string (truncated?)") }
      let byte = bytes[position]
      if byte == 0x22 { break }
      if byte < 0x20 { throw error("control character 0x\(String(byte, radix: 16, uppercase: true)) in a string") }
      if byte == 0x5C {
        escaped = true
        position += 2
        continue
      }
      position += 1
    }
    let contentEnd = position
    position += 1  // closing quote
    if !escaped {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd]), as: UTF8.self)
    }
    return try unescape(contentStart..<contentEnd)
  }

  private func unescape(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound
    func hex4(at offset: Int) -> UInt32? {
      guard offset + 4 <= range.upperBound else { return nil }
      var value: UInt32 = 0
      for byte in bytes[offset..<offset + 4] {
        let digit: UInt32
        switch byte {
        case 0x30...0x39: digit = UInt32(byte - 0x30)
        case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
        case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
        default: return nil
        }
        value = value << 4 | digit
      }
      return value
    }
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte == 0x5C else {
        output.append(byte)
        index += 1
        continue
      }
      let escapeStart = index
      guard index + 1 < range.upperBound else { throw error("bad escape at the end of a string", at: escapeStart) }
      let escape = bytes[index + 1]
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
        guard var scalar = hex4(at: index) else { throw error("bad \\u escape (four hex digits expected)", at: escapeStart) }
        index += 4
        if (0xD800...0xDBFF).contains(scalar) {
          guard index + 6 <= range.upperBound, bytes[index] == 0x5C, bytes[index + 1] == 0x75,
            let low = hex4(at: index + 2), (0xDC00...0xDFFF).contains(low)
          else {
            throw error("unpaired surrogate in a \\u escape", at: escapeStart)
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw error("unpaired surrogate in a \\u escape", at: escapeStart)
        }
        // Every value left is a valid scalar (surrogates were handled above).
        output.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
      default:
        let shown = escape < 0x80 ? String(Character(Unicode.Scalar(escape))) : "0x\(String(escape, radix: 16))"
        throw error("bad escape '\\\(shown)' in a string", at: escapeStart)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
