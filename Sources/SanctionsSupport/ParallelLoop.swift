import Dispatch
import Synchronization

/// Runs the iterations of a loop on several threads at once.
///
/// Results must not depend on the number of workers: `body` gets only the
/// index, and callers write each index's result to its own slot.
package enum ParallelLoop {
  /// How indices are dealt to the workers.
  package enum Schedule: Sendable {
    /// Worker `w` of `n` runs indices `w`, `w + n`, `w + 2n`, ... (for many
    /// iterations of similar cost).
    case strided
    /// Each worker takes the lowest index not yet taken (for few iterations
    /// of very different cost, ordered largest first).
    case inOrder
  }

  /// Calls `body` once with every index in `0..<count`, on at most
  /// `workers` threads at once (the processors this process may use, by
  /// default), and returns when every call has returned. With one worker or
  /// one index, `body` runs on the calling thread.
  package static func forEach(
    count: Int, workers: Int = ProcessInfoLite.activeProcessorCount, schedule: Schedule = .strided,
    _ body: @Sendable (_ index: Int) -> Void
  ) {
    guard count > 0 else { return }
    let workers = max(1, min(workers, count))
    if workers == 1 {
      for index in 0..<count { body(index) }
      return
    }
    switch schedule {
    case .strided:
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var index = worker
        while index < count {
          body(index)
          index += workers
        }
      }
    case .inOrder:
      let next = Atomic<Int>(0)
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
          let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard index < count else { return }
          body(index)
        }
      }
    }
  }

  /// The results of `transform` for every index in `0..<count`, in index
  /// order, computed as ``forEach(count:workers:schedule:_:)`` runs them.
  package static func map<Result: Sendable>(
    count: Int, workers: Int = ProcessInfoLite.activeProcessorCount, schedule: Schedule = .strided,
    _ transform: @Sendable (_ index: Int) -> Result
  ) -> [Result] {
    [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      nonisolated(unsafe) let slots = buffer
      forEach(count: count, workers: workers, schedule: schedule) { index in
        (slots.baseAddress! + index).initialize(to: transform(index))
      }
      initialized = count
    }
  }
}
