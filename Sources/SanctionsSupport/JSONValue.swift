/// A parsed JSON value (RFC 8259). Objects keep their members in document
/// order; numbers keep the text they were written as (already checked
/// against the JSON number grammar), so nothing is lost to rounding.
public indirect enum JSONValue: Sendable, Equatable {
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  case number(String)
  case bool(Bool)
  case null

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let a), .array(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    default: return false
    }
  }

  /// The value of the first member named `key`, when this is an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A scalar as text: a string as it is, a number as written, `true` or
  /// `false`; nil for null, arrays and objects.
  public var string: String? {
    switch self {
    case .string(let text): return text
    case .number(let text): return text
    case .bool(let value): return value ? "true" : "false"
    default: return nil
    }
  }

  /// The value of a number (nil for anything else).
  public var number: Double? {
    guard case .number(let text) = self else { return nil }
    return Double(text)
  }

  /// The scalars of an array (see ``string``), or the one scalar of a
  /// scalar; null gives [].
  public var strings: [String] {
    switch self {
    case .array(let items): return items.compactMap(\.string)
    case .null: return []
    default: return string.map { [$0] } ?? []
    }
  }

  /// The member names of an object, in order ([] for anything else).
  public var keys: [String] {
    guard case .object(let members) = self else { return [] }
    return members.map(\.key)
  }

  /// The JSON type's name, for messages ("a string", "a number", "a list", ...).
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}
