/// Text from list files and queries made safe to print on a terminal: control characters
/// cannot move the cursor, recolour, retitle the window or fake lines, and bidirectional
/// overrides cannot reorder what is displayed.
///
/// Escaped as `\u{1B}` (Swift's notation, hexadecimal scalar value):
/// - C0 controls U+0000–U+001F except line feed and tab (which the text formats use), and
///   DEL U+007F;
/// - C1 controls U+0080–U+009F;
/// - bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069.
///
/// Every text renderer (`screen`, `show`, `lists`, `diff`, `compare`) passes its output through
/// ``safe(_:)``. JSON and CSV output are left as they are (JSON escapes controls itself).
enum TerminalText {
  static func needsEscape(_ value: UInt32) -> Bool {
    switch value {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `text` with the characters above escaped; `text` itself when it has none (the usual case,
  /// checked without copying).
  static func safe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0.value) }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if needsEscape(scalar.value) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
