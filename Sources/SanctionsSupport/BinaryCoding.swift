/// Little-endian binary writing for the persisted index.
package struct BinaryWriter {
  @inlinable
  package init() {}

  @usableFromInline package private(set) var bytes: [UInt8] = []

  @inlinable
  package mutating func write(_ value: UInt8) { bytes.append(value) }
  @inlinable
  package mutating func write(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  @inlinable
  package mutating func write(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  @inlinable
  package mutating func write(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  @inlinable
  package mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
  @inlinable
  package mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }
  /// The count, zero bytes up to an 8-byte boundary, then the elements (so
  /// that a reader can use them in place in a mapped file whose payload
  /// starts 8-byte aligned).
  @inlinable
  package mutating func write<T: FixedWidthInteger>(alignedArray elements: UnsafeBufferPointer<T>) {
    write(UInt64(elements.count))
    while bytes.count % 8 != 0 { bytes.append(0) }
    bytes.append(contentsOf: UnsafeRawBufferPointer(elements))
  }

  @inlinable
  package mutating func write<T: FixedWidthInteger>(array: [T]) {
    write(UInt64(array.count))
    array.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

/// The persisted index is damaged or from another version.
package struct BinaryFormatError: Error, CustomStringConvertible {
  package let description: String

  package init(description: String) { self.description = description }
}

/// Bounds-checked little-endian reading.
package struct BinaryReader {
  @usableFromInline let bytes: UnsafeRawBufferPointer
  @usableFromInline package private(set) var position: Int

  @inlinable
  package init(_ bytes: UnsafeRawBufferPointer, position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  @inlinable
  package var remaining: Int { bytes.count - position }

  @inlinable
  mutating func need(_ count: Int) throws(BinaryFormatError) {
    guard count >= 0, count <= remaining else {
      throw BinaryFormatError(description: "truncated at byte \(position) (wanted \(count) more bytes)")
    }
  }

  // One read per width, not one generic read: a generic one was not
  // specialized across modules, and decoders read many small values.

  @inlinable
  package mutating func read(_: UInt8.Type) throws(BinaryFormatError) -> UInt8 {
    try need(1)
    defer { position += 1 }
    return bytes[position]
  }

  @inlinable
  package mutating func read(_: UInt16.Type) throws(BinaryFormatError) -> UInt16 {
    try need(2)
    defer { position += 2 }
    return UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt16.self))
  }

  @inlinable
  package mutating func read(_: UInt32.Type) throws(BinaryFormatError) -> UInt32 {
    try need(4)
    defer { position += 4 }
    return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self))
  }

  @inlinable
  package mutating func read(_: UInt64.Type) throws(BinaryFormatError) -> UInt64 {
    try need(8)
    defer { position += 8 }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
  }

  /// A count written as 64 bits (one that no memory could hold is an error).
  @inlinable
  package mutating func readCount() throws(BinaryFormatError) -> Int {
    let value = try read(UInt64.self)
    guard value <= UInt64(Int32.max) * 64 else {
      throw BinaryFormatError(description: "a count of \(value) at byte \(position - 8)")
    }
    return Int(value)
  }

  @inlinable
  package mutating func readInt() throws(BinaryFormatError) -> Int { Int(Int64(bitPattern: try read(UInt64.self))) }

  @inlinable
  package mutating func readString() throws(BinaryFormatError) -> String {
    let count = Int(try read(UInt32.self))
    try need(count)
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    position += count
    return text
  }

  /// The next `count` bytes, copied.
  @inlinable
  package mutating func readBytes(count: Int) throws(BinaryFormatError) -> [UInt8] {
    try need(count)
    defer { position += count }
    return Array(UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]))
  }

  /// Elements written by `write(alignedArray:)`, in place (little-endian
  /// machines only, as everywhere this engine runs).
  @inlinable
  package mutating func readAlignedBuffer<T: FixedWidthInteger>(of _: T.Type) throws(BinaryFormatError) -> UnsafeBufferPointer<T> {
    let count = try readCount()
    let size = MemoryLayout<T>.size
    let padding = (8 - (Int(bitPattern: bytes.baseAddress) + position) % 8) % 8
    guard count >= 0, padding <= remaining, count <= (remaining - padding) / size else {
      throw BinaryFormatError(description: "array of \(count) elements does not fit at byte \(position)")
    }
    position += padding
    let start = (bytes.baseAddress! + position).assumingMemoryBound(to: T.self)
    position += count * size
    return UnsafeBufferPointer(start: start, count: count)
  }

  @inlinable
  package mutating func readArray<T: FixedWidthInteger>(of _: T.Type) throws(BinaryFormatError) -> [T] {
    let count = try readCount()
    if count == 0 { return [] }
    let size = MemoryLayout<T>.size
    guard count >= 0, count <= remaining / size else {
      throw BinaryFormatError(description: "array of \(count) elements does not fit at byte \(position)")
    }
    let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(
        from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count * size)]))
      initialized = count
    }
    position += count * size
    return result
  }
}

/// A fast 64-bit checksum over bytes: four independent word-at-a-time
/// multiply-rotate lanes over 32-byte blocks (so that they run in
/// parallel), combined with the tail.
package enum Checksum {
  package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count), 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5
    )
    @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let hash = (lane ^ word) &* 0xFF51_AFD7_ED55_8CCD
      return (hash << 29) | (hash >> 35)
    }
    let blocks = bytes.count / 32
    for block in 0..<blocks {
      let base = block * 32
      lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: base, as: UInt64.self))
      lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self))
      lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self))
      lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: base + 24, as: UInt64.self))
    }
    var hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
    for index in (blocks * 32)..<bytes.count {
      hash = (hash ^ UInt64(bytes[index])) &* 0xC4CE_B9FE_1A85_EC53
    }
    hash ^= hash >> 33
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    return hash
  }
}
