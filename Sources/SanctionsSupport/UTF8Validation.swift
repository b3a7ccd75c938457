/// UTF-8 validation that says where decoding fails (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF).
package enum UTF8Validation {
  /// The offset of the first byte that does not start a valid UTF-8
  /// sequence, or nil when all of `bytes` is valid.
  package static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    var index = 0
    while index < count {
      // ASCII fast path, 8 bytes at a time.
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      var needed = 0
      var minimum: UInt32 = 0
      var scalar: UInt32 = 0
      switch lead {
      case 0xC2...0xDF: needed = 1; minimum = 0x80; scalar = UInt32(lead & 0x1F)
      case 0xE0...0xEF: needed = 2; minimum = 0x800; scalar = UInt32(lead & 0x0F)
      case 0xF0...0xF4: needed = 3; minimum = 0x10000; scalar = UInt32(lead & 0x07)
      default: return index
      }
      if index + needed >= count { return index }
      for offset in 1...needed {
        let byte = base[index + offset]
        if byte & 0xC0 != 0x80 { return index }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return index
      }
      index += needed + 1
    }
    return nil
  }

  /// The offset (from the slice's start) of the first invalid byte, or nil.
  package static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
  }

  /// The bytes as a string, or nil when they are not valid UTF-8.
  package static func string(_ bytes: ArraySlice<UInt8>) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      firstInvalidOffset(in: buffer) == nil ? String(decoding: buffer, as: UTF8.self) : nil
    }
  }
}
