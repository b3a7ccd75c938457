/// Why JSON text could not be parsed, and where: the line and the byte
/// column (both from 1) in the parsed text.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The line, counted from 1 at the start of the parsed range.
  public let line: Int
  /// The byte column in that line, from 1.
  public let column: Int
  /// What is wrong (e.g. "expected ':' after an object key").
  public let detail: String

  public init(line: Int, column: Int, detail: String) {
    self.line = line
    self.column = column
    self.detail = detail
  }

  public var description: String { "invalid JSON at line \(line), column \(column): \(detail)" }
}

extension JSONSyntaxError {
  /// The description for JSON Lines input, where the line is named
  /// elsewhere: "invalid JSON at column 7: expected ':' after the key \"a\"".
  public var descriptionInLine: String { "invalid JSON at column \(column): \(detail)" }
}
