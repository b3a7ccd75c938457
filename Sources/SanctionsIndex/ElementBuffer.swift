/// Read-only fixed-width elements in memory that an owner keeps alive: a
/// copy of an array, or a region of a memory-mapped index file (so that
/// loading a saved index does not copy its largest arrays).
package struct ElementBuffer<Element: FixedWidthInteger & Sendable>: @unchecked Sendable {
  /// Keeps the memory of `elements` alive (never mutated).
  private let owner: AnyObject
  /// The elements.
  package let elements: UnsafeBufferPointer<Element>

  /// A copy of `array`.
  package init(_ array: [Element]) {
    let storage = OwnedElements(array)
    owner = storage
    elements = UnsafeBufferPointer(rebasing: storage.pointer[0..<array.count])
  }

  /// Elements in memory owned by `owner` (e.g. a file mapping), which must
  /// keep them unchanged for its lifetime.
  package init(borrowing elements: UnsafeBufferPointer<Element>, owner: AnyObject) {
    self.owner = owner
    self.elements = elements
  }

  package var count: Int { elements.count }

  @inline(__always)
  package subscript(index: Int) -> Element { elements[index] }
}

/// Heap memory holding a copy of an array.
private final class OwnedElements<Element: FixedWidthInteger> {
  let pointer: UnsafeMutableBufferPointer<Element>

  init(_ array: [Element]) {
    pointer = .allocate(capacity: max(1, array.count))
    _ = pointer.initialize(from: array)
    if array.isEmpty { pointer[0] = 0 }
  }

  deinit { pointer.deallocate() }
}
