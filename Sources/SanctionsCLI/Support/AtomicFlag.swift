import Synchronization

/// A flag set from any thread (e.g. "some record matched").
final class AtomicFlag: Sendable {
  private let value = Atomic<Bool>(false)
  func set() { value.store(true, ordering: .relaxed) }
  var isSet: Bool { value.load(ordering: .relaxed) }
}
