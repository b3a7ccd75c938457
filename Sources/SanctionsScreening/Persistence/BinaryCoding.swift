/// Little-endian binary writing for the persisted index.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: UInt8) { bytes.append(value) }
  mutating func write(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func write(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func write(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }
  /// The count, zero bytes up to an 8-byte boundary, then the elements (so
  /// that a reader can use them in place in a mapped file whose payload
  /// starts 8-byte aligned).
  mutating func write<T: FixedWidthInteger>(alignedArray elements: UnsafeBufferPointer<T>) {
    write(UInt64(elements.count))
    while bytes.count % 8 != 0 { bytes.append(0) }
    bytes.append(contentsOf: UnsafeRawBufferPointer(elements))
  }

  mutating func write<T: FixedWidthInteger>(array: [T]) {
    write(UInt64(array.count))
    array.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

/// The persisted index is damaged or from another version.
struct BinaryFormatError: Error, CustomStringConvertible {
  let description: String
}

/// Bounds-checked little-endian reading.
struct BinaryReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var position: Int

  init(_ bytes: UnsafeRawBufferPointer, position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  var remaining: Int { bytes.count - position }

  private mutating func need(_ count: Int) throws(BinaryFormatError) {
    guard count >= 0, count <= remaining else {
      throw BinaryFormatError(description: "truncated at byte \(position) (wanted \(count) more bytes)")
    }
  }

  mutating func read<T: FixedWidthInteger>(_: T.Type) throws(BinaryFormatError) -> T {
    try need(MemoryLayout<T>.size)
    let value = bytes.loadUnaligned(fromByteOffset: position, as: T.self)
    position += MemoryLayout<T>.size
    return T(littleEndian: value)
  }

  mutating func readInt() throws(BinaryFormatError) -> Int { Int(Int64(bitPattern: try read(UInt64.self))) }

  mutating func readString() throws(BinaryFormatError) -> String {
    let count = Int(try read(UInt32.self))
    try need(count)
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    position += count
    return text
  }

  /// Elements written by `write(alignedArray:)`, in place (little-endian
  /// machines only, as everywhere this engine runs).
  mutating func readAlignedBuffer<T: FixedWidthInteger>(of _: T.Type) throws(BinaryFormatError) -> UnsafeBufferPointer<T> {
    let count = Int(try read(UInt64.self))
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

  mutating func readArray<T: FixedWidthInteger>(of _: T.Type) throws(BinaryFormatError) -> [T] {
    let count = Int(try read(UInt64.self))
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

/// A fast 64-bit checksum over bytes (word-at-a-time multiply-rotate).
enum Checksum {
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    let words = bytes.count / 8
    for index in 0..<words {
      let word = bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash = (hash << 29) | (hash >> 35)
    }
    for index in (words * 8)..<bytes.count {
      hash = (hash ^ UInt64(bytes[index])) &* 0xC4CE_B9FE_1A85_EC53
    }
    hash ^= hash >> 33
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    return hash
  }
}
