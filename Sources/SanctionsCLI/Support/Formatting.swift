import SanctionsSupport

/// Number formatting for machine output, without Foundation.
enum Formatting {
  /// A score in [0, 1] with four decimals (`0.9312`).
  static func score(_ value: Double) -> String { ScoreText.fourDecimals(value) }

  /// A JSON value echoing an input id (strings quoted, numbers as ``text(_:)``
  /// writes them, anything else null).
  static func jsonID(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text): return JSONText.quoted(text)
    case .number: return value.flatMap(text) ?? "null"
    default: return "null"
    }
  }

  /// A string or number as text: strings as they are, numbers by value
  /// (whole numbers without a fraction: `1957.0` and `1.957e3` are `1957`);
  /// nil for anything else.
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text
    case .number:
      guard let number = value.number else { return nil }
      if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
      return String(number)
    default: return nil
    }
  }
}
