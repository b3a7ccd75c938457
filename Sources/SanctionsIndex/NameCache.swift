import SanctionsMatching

/// Names recently rebuilt for scoring (``UnitIndex/preparedName(_:)``), by
/// number. The same list names come up as candidates again and again
/// (`Mohammad Reza ...`, `Kim Yong ...`): rebuilding one copies its units,
/// so each is rebuilt once per scratch (that is, per thread) while it stays
/// in the cache. Bounded: when full, it starts over.
struct NameCache {
  private static let capacity = 16_384
  private var table: [UInt32: PreparedName] = [:]

  /// Calls `body` with name `number` of `index`, rebuilt or from the cache.
  mutating func withName<Result>(
    _ number: Int, of index: UnitIndex, _ body: (UnsafePointer<PreparedName>) -> Result
  ) -> Result {
    let key = UInt32(truncatingIfNeeded: number)
    if let index = table.index(forKey: key) {
      return withUnsafePointer(to: table.values[index]) { body($0) }
    }
    if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
    let name = index.preparedName(number)
    table[key] = name
    return withUnsafePointer(to: name) { body($0) }
  }
}
