/// A parsed JSON value from one input line (objects keep key order).
enum JSONValue: Equatable {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  /// The value as text: strings as they are, numbers without a trailing `.0`.
  var text: String? {
    switch self {
    case .string(let value): return value
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
      return String(value)
    default: return nil
    }
  }
}

/// Why a JSON line could not be read.
struct JSONLineError: Error, CustomStringConvertible {
  let column: Int
  let message: String
  var description: String { "invalid JSON at column \(column): \(message)" }
}

/// A small, strict JSON parser for one line of JSON Lines input.
struct JSONLineParser {
  private let bytes: [UInt8]
  private var position = 0
  private var depth = 0

  /// Parses one complete JSON value; trailing non-space bytes are an error.
  static func parse(_ line: some Collection<UInt8>) throws(JSONLineError) -> JSONValue {
    var parser = JSONLineParser(bytes: Array(line))
    parser.skipSpace()
    let value = try parser.value()
    parser.skipSpace()
    guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the value") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ message: String) -> JSONLineError { JSONLineError(column: position + 1, message: message) }

  private mutating func skipSpace() {
    while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D || bytes[position] == 0x0A {
      position += 1
    }
  }

  private mutating func value() throws(JSONLineError) -> JSONValue {
    guard position < bytes.count else { throw error("unexpected end of line") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    default: return .number(try number())
    }
  }

  private mutating func literal(_ word: String) throws(JSONLineError) {
    for byte in word.utf8 {
      guard position < bytes.count, bytes[position] == byte else { throw error("expected '\(word)'") }
      position += 1
    }
  }

  private mutating func object() throws(JSONLineError) -> JSONValue {
    depth += 1
    guard depth < 64 else { throw error("nesting too deep") }
    defer { depth -= 1 }
    position += 1
    var members: [(String, JSONValue)] = []
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
      let key = try string()
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
      position += 1
      skipSpace()
      members.append((key, try value()))
      skipSpace()
      guard position < bytes.count else { throw error("unterminated object") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
      throw error("expected ',' or '}'")
    }
  }

  private mutating func array() throws(JSONLineError) -> JSONValue {
    depth += 1
    guard depth < 64 else { throw error("nesting too deep") }
    defer { depth -= 1 }
    position += 1
    var elements: [JSONValue] = []
    skipSpace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      skipSpace()
      elements.append(try value())
      skipSpace()
      guard position < bytes.count else { throw error("unterminated array") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
      throw error("expected ',' or ']'")
    }
  }

  private mutating func number() throws(JSONLineError) -> Double {
    let start = position
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
        UInt8(ascii: "e"), UInt8(ascii: "E"):
        position += 1
      default:
        break
      }
      if position < bytes.count, !"0123456789-+.eE".utf8.contains(bytes[position]) { break }
    }
    guard position > start, let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
      position = start
      throw error("unexpected character")
    }
    return value
  }

  private mutating func hex4() throws(JSONLineError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private mutating func string() throws(JSONLineError) -> String {
    position += 1
    var output: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: output, as: UTF8.self)
      }
      if byte < 0x20 { throw error("control character in string") }
      if byte != UInt8(ascii: "\\") {
        output.append(byte)
        position += 1
        continue
      }
      position += 1
      guard position < bytes.count else { break }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""): output.append(0x22)
      case UInt8(ascii: "\\"): output.append(0x5C)
      case UInt8(ascii: "/"): output.append(0x2F)
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        var scalarValue = try hex4()
        if (0xD800...0xDBFF).contains(scalarValue) {
          guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
            throw error("unpaired surrogate in \\u escape")
          }
          position += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
          scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalarValue) {
          throw error("unpaired surrogate in \\u escape")
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw error("invalid \\u escape") }
        output.append(contentsOf: String(Character(scalar)).utf8)
      default:
        throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
      }
    }
    throw error("unterminated string")
  }
}
