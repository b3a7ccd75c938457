import SanctionsSupport

/// An immutable, heap-allocated byte buffer with a stable address, so parsers can work on raw
/// pointers without copying and without bounds-checked array access in their hot loops.
final class ByteBuffer: @unchecked Sendable {
  // Sendable: the memory is written only during initialisation and never mutated afterwards.
  let base: UnsafeMutablePointer<UInt8>
  let count: Int

  /// Allocates `capacity` bytes and lets `fill` write them; `fill` returns how many bytes it
  /// actually produced (the rest is cut off and never read, so it is not zeroed first).
  init<E: Error>(
    capacity: Int, fill: (UnsafeMutableBufferPointer<UInt8>) throws(E) -> Int
  ) throws(E) {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity, 1))
    do {
      let produced = try fill(UnsafeMutableBufferPointer(start: pointer, count: capacity))
      base = pointer
      count = min(max(produced, 0), capacity)
    } catch {
      pointer.deallocate()
      throw error
    }
  }

  /// Takes ownership of `count` initialized bytes at `pointer`, which must come from
  /// `UnsafeMutablePointer<UInt8>.allocate`; the buffer deallocates it.
  init(adopting pointer: UnsafeMutablePointer<UInt8>, count: Int) {
    base = pointer
    self.count = count
  }

  /// Copies an array.
  convenience init(_ bytes: [UInt8]) {
    self.init(capacity: bytes.count) { (target: UnsafeMutableBufferPointer<UInt8>) -> Int in
      _ = target.initialize(from: bytes)
      return bytes.count
    }
  }

  deinit { base.deallocate() }

  /// The bytes.
  var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  subscript(index: Int) -> UInt8 {
    @inline(__always) get { base[index] }
  }

  /// Decodes a range as UTF-8 (invalid sequences become U+FFFD).
  @inline(__always)
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
  }

  /// True when the bytes in `range` equal `literal`.
  @inline(__always)
  func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
    guard range.count == literal.utf8CodeUnitCount else { return false }
    return memcmp(base + range.lowerBound, literal.utf8Start, range.count) == 0
  }

  /// True when the bytes in `range` equal `literal`, ignoring ASCII case.
  func equalsIgnoringCase(_ range: Range<Int>, _ literal: String) -> Bool {
    var index = range.lowerBound
    for byte in literal.utf8 {
      guard index < range.upperBound else { return false }
      let have = base[index]
      let lowerHave = have >= 0x41 && have <= 0x5A ? have | 0x20 : have
      let lowerWant = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if lowerHave != lowerWant { return false }
      index += 1
    }
    return index == range.upperBound
  }

  /// The 1-based line number of a byte offset.
  func line(of offset: Int) -> Int {
    var line = 1
    let end = min(max(offset, 0), count)
    var index = 0
    while index < end {
      if base[index] == 0x0A { line += 1 }
      index += 1
    }
    return line
  }

  /// Offset of the first occurrence of `byte` at or after `start`, or `count`.
  @inline(__always)
  func find(_ byte: UInt8, from start: Int) -> Int {
    guard start < count else { return count }
    guard let found = memchr(base + start, Int32(byte), count - start) else { return count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Offset of the first occurrence of `needle` at or after `start`, or nil.
  func find(_ needle: StaticString, from start: Int) -> Int? {
    let length = needle.utf8CodeUnitCount
    let first = needle.utf8Start[0]
    var index = start
    while index + length <= count {
      index = find(first, from: index)
      if index + length > count { return nil }
      if memcmp(base + index, needle.utf8Start, length) == 0 { return index }
      index += 1
    }
    return nil
  }

  /// Throws `invalidUTF8` naming the line when the bytes are not valid UTF-8.
  func requireUTF8(path: String) throws(ListError) {
    if let bad = UTF8Validation.firstInvalidOffset(in: buffer) {
      throw .invalidUTF8(path: path, line: line(of: bad), byteOffset: bad)
    }
  }

  /// True when the bytes start with `prefix`.
  func hasPrefix(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
    guard offset + prefix.count <= count else { return false }
    for (index, byte) in prefix.enumerated() where base[offset + index] != byte { return false }
    return true
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
