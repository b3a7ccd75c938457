#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads lines from a file descriptor (standard input by default) in large
/// chunks, without Foundation. Lines are returned as raw bytes without the
/// trailing `\n` or `\r\n`, so callers can validate UTF-8 themselves.
struct LineReader: ~Copyable {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var endOfFile = false
  /// 1-based number of the line most recently returned.
  private(set) var lineNumber = 0
  /// Bytes read from the file descriptor so far (for progress).
  private(set) var bytesRead = 0

  init(fd: Int32 = 0) {
    self.fd = fd
    buffer.reserveCapacity(1 << 16)
  }

  /// The next line, or nil at end of input.
  mutating func next() throws(LineReaderError) -> ArraySlice<UInt8>? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        var end = newline
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = buffer[start..<end]
        start = newline + 1
        lineNumber += 1
        return line
      }
      if endOfFile {
        guard start < buffer.count else { return nil }
        var end = buffer.count
        if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = buffer[start..<end]
        start = buffer.count
        lineNumber += 1
        return line
      }
      try fill()
    }
  }

  private mutating func fill() throws(LineReaderError) {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    let chunk = 1 << 16
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    var readCount = 0
    while true {
      readCount = buffer.withUnsafeMutableBufferPointer { pointer in
        read(fd, pointer.baseAddress! + oldCount, chunk)
      }
      if readCount < 0 && errno == EINTR { continue }
      break
    }
    if readCount < 0 {
      buffer.removeSubrange(oldCount...)
      throw LineReaderError(errorNumber: errno)
    }
    buffer.removeSubrange((oldCount + readCount)...)
    bytesRead += readCount
    if readCount == 0 { endOfFile = true }
  }
}

/// Reading the input failed at the system level.
struct LineReaderError: Error, CustomStringConvertible {
  let errorNumber: Int32
  /// What was being read ("standard input" or a file's path).
  var source = "standard input"
  var description: String {
    "cannot read \(source): \(String(cString: strerror(errorNumber)))"
  }
}
