/// The date of a list file as a snapshot of its source: the publication date
/// the file states, else a date in its path (`ofac_sdn/2024-05-03/sdn.csv`,
/// `consolidated_2024-11-30.xml`, `ofac_cons/2025-03/cons_prim.csv`), else none.
///
/// Loading uses it to decide which of two files of one source is newer: a
/// file without either date is never older or newer than another.
public struct SnapshotDate: Sendable, Hashable, CustomStringConvertible {
  /// The date.
  public var date: PartialDate
  /// True when the date comes from the path, not from the file's contents.
  public var fromPath: Bool

  public var description: String { fromPath ? "\(date) (from its path)" : date.description }

  /// The snapshot date of a file at `path` that states `published`.
  public static func of(path: String, published: PartialDate?) -> SnapshotDate? {
    if let published { return SnapshotDate(date: published, fromPath: false) }
    return pathDate(path).map { SnapshotDate(date: $0, fromPath: true) }
  }

  /// The last `YYYY-MM-DD` or `YYYY-MM` date (years 1990–2100) in the last
  /// three components of `path`, bounded by non-digits.
  static func pathDate(_ path: String) -> PartialDate? {
    let components = path.split(separator: "/").suffix(3)
    let bytes = Array(components.joined(separator: "/").utf8)
    var found: PartialDate? = nil
    var index = 0
    func number(_ start: Int, _ length: Int) -> Int? {
      guard start + length <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[start..<(start + length)] {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    func isDigit(_ position: Int) -> Bool {
      position >= 0 && position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39
    }
    while index < bytes.count {
      defer { index += 1 }
      guard !isDigit(index - 1), let year = number(index, 4), (1990...2100).contains(year),
        index + 4 < bytes.count, bytes[index + 4] == 0x2D, let month = number(index + 5, 2), (1...12).contains(month)
      else { continue }
      if index + 7 < bytes.count, bytes[index + 7] == 0x2D, let day = number(index + 8, 2), (1...31).contains(day),
        !isDigit(index + 10)
      {
        found = PartialDate(year: year, month: month, day: day)
      } else if !isDigit(index + 7) {
        found = PartialDate(year: year, month: month)
      }
    }
    return found
  }
}
