import SanctionsMatching

/// What the reference scan remembers between the queries of one caller
/// (one per thread): each query unit's agreements, found by comparing it
/// with every distinct list unit.
package struct ReferenceMemory {
  var cache = AgreementCache()

  package init() {}
}

/// A distinct list unit that agrees with a query unit.
struct Agreement: Sendable {
  var unit: UInt32
  var comparison: TokenComparison
}

/// The agreements of recently seen query units. Customer files repeat their
/// tokens (`Maria`, `Smith`, `Trading`) endlessly: each is compared with the
/// list units once per scratch (that is, per thread). Bounded: when full, it
/// starts over.
struct AgreementCache {
  private static let capacity = 65_536
  private var table: [UnitSignature: [Agreement]] = [:]

  func lookup(_ signature: UnitSignature) -> [Agreement]? { table[signature] }

  mutating func store(_ agreements: [Agreement], for signature: UnitSignature) {
    if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
    table[signature] = agreements
  }
}
