/// CSV writing as RFC 4180 describes it: fields joined by commas, records ended by CRLF, a
/// field quoted (inner quotes doubled) when it holds a comma, a quote, CR or LF.
enum CSVText {
  /// One field, quoted only when it must be.
  static func field(_ text: String) -> String {
    let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// One record with its CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }
}
