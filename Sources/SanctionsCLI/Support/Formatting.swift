import SanctionsSupport

/// Number formatting for machine output, without Foundation.
enum Formatting {
  /// A score in [0, 1] with four decimals (`0.9312`).
  static func score(_ value: Double) -> String { ScoreText.fourDecimals(value) }

  /// Why an input id cannot be echoed, or nil when it can: ids are strings
  /// or integers (JSON numbers without a fraction or exponent), echoed as
  /// their original text; a missing id or null is echoed as null.
  static let badIDMessage = "field \"id\" must be a string or an integer"
  static func isEchoableID(_ value: JSONValue?) -> Bool {
    switch value {
    case nil, .null?, .string?: return true
    case .number(let text)?: return isInteger(text)
    default: return false
    }
  }

  /// A JSON value echoing an input id: strings quoted, integers with their
  /// original digits (`9007199254740993` stays so), anything else null
  /// (such ids are refused first, see ``isEchoableID(_:)``).
  static func jsonID(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text)?: return JSONText.quoted(text)
    case .number(let text)? where isInteger(text): return text
    default: return "null"
    }
  }

  /// Whether JSON number text (already checked against the grammar) has no
  /// fraction and no exponent.
  static func isInteger(_ text: String) -> Bool {
    !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
  }

  /// A string or number as text: strings as they are, numbers by value
  /// (integers as written; other whole numbers without a fraction: `1957.0`
  /// and `1.957e3` are `1957`);
  /// nil for anything else.
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text
    case .number(let text):
      if isInteger(text) { return text }
      guard let number = value.number else { return nil }
      if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
      return String(number)
    default: return nil
    }
  }
}
