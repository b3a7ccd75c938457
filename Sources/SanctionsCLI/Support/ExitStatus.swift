/// Process exit statuses shared by every subcommand, as `diff` and `cmp` use them.
enum ExitStatus {
  /// Nothing matched (or the command has no notion of a match).
  static let noMatch: Int32 = 0
  /// At least one match was reported.
  static let match: Int32 = 1
  /// Bad usage, bad input or an internal failure.
  static let error: Int32 = 2
}
