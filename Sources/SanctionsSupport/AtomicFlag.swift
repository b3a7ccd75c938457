import Synchronization

/// A flag set from any thread (e.g. "some record matched").
package final class AtomicFlag: Sendable {
  private let value = Atomic<Bool>(false)

  package init() {}

  /// Sets the flag; returns whether this call set it (it was not set before).
  @discardableResult
  package func set() -> Bool {
    value.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
  }

  package var isSet: Bool { value.load(ordering: .acquiring) }
}
