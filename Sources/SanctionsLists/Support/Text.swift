import SanctionsSupport

/// Byte-level text helpers: UTF-8 requirements, Windows-1252 decoding, whitespace clean-up.
enum Text {
  /// Throws `invalidUTF8` naming the line when `bytes` is not valid UTF-8.
  static func requireUTF8(_ bytes: [UInt8], path: String) throws(ListError) {
    let bad = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
    if let bad {
      throw .invalidUTF8(path: path, line: line(of: bad, in: bytes), byteOffset: bad)
    }
  }

  /// The 1-based line number of a byte offset.
  static func line(of offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    let end = min(offset, bytes.count)
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<end where buffer[index] == 0x0A { line += 1 }
    }
    return line
  }

  /// Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 control).
  private static let cp1252High: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Re-encodes Windows-1252 bytes as UTF-8.
  static func utf8FromWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 16)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar: UInt32 = byte < 0xA0 ? UInt32(cp1252High[Int(byte - 0x80)]) : UInt32(byte)
      if scalar < 0x800 {
        output.append(UInt8(0xC0 | (scalar >> 6)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
      } else {
        output.append(UInt8(0xE0 | (scalar >> 12)))
        output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
      }
    }
    return output
  }

  /// Decodes UTF-8 bytes already known to be valid.
  @inline(__always)
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Trims whitespace (including NBSP and the other Unicode spaces), collapses internal runs of
  /// whitespace to one space, and returns nil for an empty result. Works on UTF-8 bytes.
  static func clean(_ text: String) -> String? {
    var copy = text
    var cleaned: String? = nil
    let unchanged = copy.withUTF8 { bytes -> Bool in
      let count = bytes.count
      // Fast path: nothing to change (the original string is returned without copying).
      var needsWork = count == 0
      var previousSpace = true
      var index = 0
      let high: UInt64 = 0x8080_8080_8080_8080
      let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      while index < count {
        // 8 bytes at a time while every byte is ASCII, no byte is a control character and no
        // two spaces are adjacent (single spaces between words are kept as they are).
        if index + 8 <= count {
          let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
          // Any byte >= 0x80 or < 0x20 (exact as an "any" test).
          if (word & high) | ((word &- 0x2020_2020_2020_2020) & ~word & high) == 0 {
            // Exact per-byte mask (0x80 in each byte that is a space).
            let spaced = word ^ 0x2020_2020_2020_2020
            let spaces = ~(((spaced & low) &+ low) | spaced | low)
            if spaces & (spaces << 8) == 0, !(previousSpace && spaces & 0x80 != 0) {
              previousSpace = spaces >> 63 != 0
              index += 8
              continue
            }
          }
        }
        let byte = bytes[index]
        if byte == 0x20 {
          if previousSpace {
            needsWork = true
            break
          }
          previousSpace = true
        } else if byte < 0x20 || (byte >= 0xC2 && spaceWidth(bytes, at: index) > 0) {
          needsWork = true
          break
        } else {
          previousSpace = false
        }
        index += 1
      }
      if !needsWork && !previousSpace { return true }
      if count == 0 { return false }
      // Rewrite into the new string's own storage (the result is never longer: a run of
      // whitespace becomes at most one space).
      let result = String(unsafeUninitializedCapacity: count) { output -> Int in
        var written = 0
        var pendingSpace = false
        var index = 0
        while index < count {
          let byte = bytes[index]
          // Bytes that cannot start a whitespace character are copied as they are.
          if byte > 0x20 && byte < 0xC2 {
            if pendingSpace {
              output[written] = 0x20
              written += 1
              pendingSpace = false
            }
            output[written] = byte
            written += 1
            index += 1
            continue
          }
          let width = spaceWidth(bytes, at: index)
          if width > 0 {
            pendingSpace = written > 0
            index += width
            continue
          }
          if pendingSpace {
            output[written] = 0x20
            written += 1
            pendingSpace = false
          }
          output[written] = byte
          written += 1
          index += 1
        }
        return written
      }
      if !result.isEmpty { cleaned = result }
      return false
    }
    return unchanged ? text : cleaned
  }

  /// The byte length of the whitespace character at `index`, or 0.
  @inline(__always)
  static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
    if byte < 0xC2 { return 0 }
    let count = bytes.count
    if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 { return 2 }
    guard index + 2 < count else { return 0 }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    switch byte {
    case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0  // U+1680
    case 0xE2:
      if second == 0x80 && (third <= 0x8B || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
      if second == 0x81 && third == 0x9F { return 3 }  // U+205F
      return 0
    case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0  // U+3000
    case 0xEF: return second == 0xBB && third == 0xBF ? 3 : 0  // BOM
    default: return 0
    }
  }

  /// Whitespace for clean-up purposes: ASCII whitespace, NBSP, the Unicode spaces,
  /// zero-width spaces and the BOM.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// Splits on one ASCII byte and cleans the pieces; empty pieces are dropped unless
  /// `keepEmpty` (then they are "").
  static func split(_ text: String, on separator: UInt8, keepEmpty: Bool = false) -> [String] {
    var text = text
    return text.withUTF8 { bytes -> [String] in
      var pieces: [String] = []
      var start = 0
      for index in 0...bytes.count {
        if index == bytes.count || bytes[index] == separator {
          let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
          if let cleaned = clean(piece) {
            pieces.append(cleaned)
          } else if keepEmpty {
            pieces.append("")
          }
          start = index + 1
        }
      }
      return pieces
    }
  }

  /// `clean` over an optional.
  static func clean(_ text: String?) -> String? {
    guard let text else { return nil }
    return clean(text)
  }
}

extension String {
  /// The string with ASCII letters lower-cased (cheap, for keyword comparisons).
  var asciiLowercased: String {
    var needs = false
    for byte in utf8 where byte >= 0x41 && byte <= 0x5A {
      needs = true
      break
    }
    if !needs { return self }
    let count = utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      var index = 0
      for byte in utf8 {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        index += 1
      }
      return count
    }
  }
}
