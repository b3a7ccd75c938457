import Synchronization

/// Holds the index the service answers from. A reload swaps in a new ``LoadedIndex`` at once;
/// a request takes the current one when it starts and keeps it to the end, so a swap never
/// changes the index under a request.
public final class IndexHolder: Sendable {
  /// What the service can answer from.
  public enum State: Sendable {
    /// Nothing loaded yet: `/readyz` and screening answer 503.
    case loading
    /// Ready, possibly while a newer index is being built.
    case ready(LoadedIndex)
    /// The first load failed (the service is stopping).
    case failed(String)
  }

  private let state: Mutex<State>

  /// A holder with nothing loaded yet.
  public init() {
    state = Mutex(.loading)
  }

  /// A holder serving `index` (for tests and embedding).
  public init(_ index: LoadedIndex) {
    state = Mutex(.ready(index))
  }

  /// The current state.
  public var current: State { state.withLock { $0 } }

  /// The index to answer from, or a 503 when none is loaded.
  public func require() throws(APIError) -> LoadedIndex {
    switch current {
    case .ready(let index): return index
    case .loading: throw .notReady()
    case .failed(let reason): throw .notReady("Index not ready: \(reason)")
    }
  }

  /// Makes `index` the one new requests use.
  public func install(_ index: LoadedIndex) {
    state.withLock { $0 = .ready(index) }
  }

  /// Records that the first load failed (an index already serving stays).
  public func markFailed(_ reason: String) {
    state.withLock { state in
      if case .ready = state { return }
      state = .failed(reason)
    }
  }
}
