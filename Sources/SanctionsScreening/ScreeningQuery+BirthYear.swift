extension ScreeningQuery {
  /// The birth year in a date of birth as people write it: the first run of four digits between
  /// 1800 and 2100 (`1957`, `1957-03-10`, `10.03.1957`, `about 1960s`); nil when there is none.
  ///
  /// The one reading of a date of birth for every front end (the CLI's `--dob`, JSON lines and
  /// CSV columns, the HTTP service's `birthDate`), so the same input screens the same everywhere.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  public static func birthYear(in text: String) -> Int? {
    var digits = 0
    var value = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        value = value * 10 + Int(byte - 0x30)
        if digits == 4, (1800...2100).contains(value) { return value }
      } else {
        digits = 0
        value = 0
      }
    }
    return nil
  }
}
