import ICUShim

/// A failure reported by the system ICU library.
///
/// These indicate a broken ICU installation (missing data, unknown transform)
/// rather than bad input: reinstall `libicu-dev`/`libicu72`.
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What the normalizer was doing when ICU failed.
  public let operation: String
  /// ICU's name for the status code, e.g. `U_INVALID_ID`.
  public let statusName: String

  init(_ operation: String, status: Int32) {
    self.operation = operation
    self.statusName = String(cString: sanctions_icu_error_name(status))
  }

  public var description: String {
    "ICU failed in \(operation): \(statusName). Check that the system ICU (libicu72) and its data are installed."
  }
}

/// Calls an ICU function that writes into a UTF-16 buffer, growing the buffer
/// once when ICU reports that it is too small.
@inline(__always)
func withGrowingBuffer(
  initialCapacity: Int,
  operation: String,
  _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(ICUError) -> [UInt16] {
  var capacity = max(initialCapacity, 16)
  for _ in 0..<2 {
    var status: Int32 = 0
    var length: Int32 = 0
    let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { pointer, count in
      length = body(pointer.baseAddress!, Int32(capacity), &status)
      count = (status <= 0) ? Int(length) : 0
    }
    if status <= 0 { return buffer }
    if status == SANCTIONS_ICU_BUFFER_OVERFLOW {
      capacity = Int(length) + 16
      continue
    }
    throw ICUError(operation, status: status)
  }
  throw ICUError(operation, status: SANCTIONS_ICU_BUFFER_OVERFLOW)
}
