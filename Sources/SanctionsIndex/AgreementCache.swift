import SanctionsMatching
import Synchronization

/// What the reference scan remembers between the queries of one caller
/// (one per thread): each query unit's agreements, found by comparing it
/// with every distinct list unit.
package struct ReferenceMemory {
  var cache = AgreementCache()
  /// Every name as the index keeps it.
  var names: [PreparedName] = []

  package init() {}
}

/// A distinct list unit that agrees with a query unit.
struct Agreement: Sendable {
  var unit: UInt32
  var comparison: TokenComparison
}

/// The agreements of recently seen query units. Customer files repeat their
/// tokens (`Maria`, `Smith`, `Trading`) endlessly: each is compared with the
/// list units once while it stays in the cache. Bounded, in two
/// generations: when the current one is full it becomes the previous one
/// (the one before is dropped), and a unit found in the previous one moves
/// back to the current one, so the units that keep coming back stay.
struct AgreementCache {
  private static let generationCapacity = 32_768
  private var current: [UnitSignature: [Agreement]] = [:]
  private var previous: [UnitSignature: [Agreement]] = [:]

  mutating func lookup(_ signature: UnitSignature) -> [Agreement]? {
    if let found = current[signature] { return found }
    guard let found = previous[signature] else { return nil }
    store(found, for: signature)
    return found
  }

  mutating func store(_ agreements: [Agreement], for signature: UnitSignature) {
    if current.count >= Self.generationCapacity {
      previous = current
      current = [:]
      current.reserveCapacity(Self.generationCapacity)
    }
    current[signature] = agreements
  }
}

/// An ``AgreementCache`` shared by the threads screening against one index:
/// a unit one thread has compared is not compared again by another.
final class SharedAgreementCache: Sendable {
  private let cache = Mutex(AgreementCache())

  func lookup(_ signature: UnitSignature) -> [Agreement]? {
    cache.withLock { $0.lookup(signature) }
  }

  func store(_ agreements: [Agreement], for signature: UnitSignature) {
    cache.withLock { $0.store(agreements, for: signature) }
  }
}
