/// Number formatting for machine output, without Foundation.
enum Formatting {
  /// A score in [0, 1] with four decimals (`0.9312`).
  static func score(_ value: Double) -> String {
    let clamped = min(1, max(0, value.isFinite ? value : 0))
    let scaled = Int((clamped * 10_000).rounded())
    let whole = scaled / 10_000
    var fraction = String(scaled % 10_000)
    while fraction.count < 4 { fraction = "0" + fraction }
    return "\(whole).\(fraction)"
  }

  /// A JSON value echoing an input id (strings quoted, numbers as written).
  static func jsonID(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text): return JSONText.quoted(text)
    case .number: return value?.text ?? "null"
    default: return "null"
    }
  }
}
