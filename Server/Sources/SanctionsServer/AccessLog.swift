import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Musl)
  import Musl
  private let systemWrite = Musl.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Where access log lines go: one JSON object per request.
public struct AccessLog: Sendable {
  /// Writes one line (with its newline).
  let write: @Sendable (String) -> Void

  /// Lines to a callback (tests).
  public init(_ write: @escaping @Sendable (String) -> Void) {
    self.write = write
  }

  /// Lines to standard output, one `write(2)` each, so lines from concurrent requests never mix.
  public static let standardOutput = AccessLog { line in
    var line = line
    line.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written <= 0 {
          if written < 0, errno == EINTR { continue }
          return  // a closed or full output loses log lines, never requests
        }
        offset += written
      }
    }
  }
}
