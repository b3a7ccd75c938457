import SanctionsSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Downloads with the system's `curl` (HTTPS needs TLS, which this
/// Foundation-free tool does not implement). curl runs without a shell and
/// writes the body to a pipe that this process copies into the target file,
/// so a killed update never leaves curl writing on its own.
///
/// Transient failures (connection refused or reset, timeouts, a body cut
/// short, HTTP 5xx) are retried `retries` times, starting the file again;
/// curl's own `--retry` is not used because it cannot rewind a pipe.
struct Curl {
  /// The longest a single attempt may take, in seconds.
  var maximumSeconds: Int
  /// Further attempts after a transient failure.
  var retries: Int = 2

  /// Why a download failed.
  enum Failure: Error {
    /// curl is not installed (or cannot be started).
    case unavailable(String)
    /// The server answered with an HTTP error status.
    case httpStatus(Int, message: String)
    /// Any other curl failure: its exit code and message.
    case failed(code: Int32, message: String)
    /// Writing the file failed.
    case write(FileSystemError)

    var description: String {
      switch self {
      case .unavailable(let detail): return detail
      case .httpStatus(let status, let message): return "HTTP status \(status) (\(message))"
      case .failed(let code, let message): return "curl exit \(code): \(message)"
      case .write(let error): return "cannot write \(error)"
      }
    }
  }

  /// Downloads `url` into a new file at `path`, which must not exist.
  /// Returns the number of bytes written (the file is flushed to disk).
  func download(_ url: String, to path: String) throws(Failure) -> Int {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if fd < 0 { throw .write(FileSystemError(path: path, code: errno)) }
    var closed = false
    defer { if !closed { close(fd) } }
    var attempt = 0
    while true {
      do throws(Failure) {
        let size = try attemptDownload(url, fd: fd, path: path)
        if fsync(fd) != 0 { throw Failure.write(FileSystemError(path: path, code: errno)) }
        closed = true
        if close(fd) != 0 { throw Failure.write(FileSystemError(path: path, code: errno)) }
        return size
      } catch {
        guard attempt < retries, Self.isTransient(error) else { throw error }
        attempt += 1
        sleep(UInt32(attempt))
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else {
          throw .write(FileSystemError(path: path, code: errno))
        }
      }
    }
  }

  /// One curl run, its body appended to `fd`.
  private func attemptDownload(_ url: String, fd: Int32, path: String) throws(Failure) -> Int {
    let arguments = [
      "--fail", "--location", "--silent", "--show-error", "--proto", "=http,https",
      "--connect-timeout", "30", "--max-time", String(maximumSeconds), "--output", "-", "--", url,
    ]
    var written = 0
    var writeError: Int32? = nil
    let result: ChildProcess.Result
    do {
      result = try ChildProcess.run("curl", arguments: arguments) { chunk in
        if let failure = FileSystem.writeAll(fd, chunk) {
          writeError = failure
          return false
        }
        written += chunk.count
        return true
      }
    } catch {
      throw .unavailable("\(error)")
    }
    if let writeError { throw .write(FileSystemError(path: path, code: writeError)) }
    let message = result.standardErrorText.split(separator: "\n").last.map(String.init) ?? ""
    guard let status = result.exitStatus else {
      throw .failed(code: -1, message: "curl was killed by signal \(result.signal ?? 0)")
    }
    if status == 0 { return written }
    if status == 22, let range = message.firstRange(of: "error: "),
      let code = Int(message[range.upperBound...].prefix(while: \.isNumber))
    {
      throw .httpStatus(code, message: message)
    }
    throw .failed(code: status, message: message.isEmpty ? "no message" : message)
  }

  /// Failures worth another attempt: connection refused/reset, timeouts,
  /// partial bodies, HTTP 5xx and 429.
  private static func isTransient(_ failure: Failure) -> Bool {
    switch failure {
    case .httpStatus(let status, _): return status >= 500 || status == 429
    case .failed(let code, _): return [7, 18, 28, 52, 55, 56].contains(code)
    case .unavailable, .write: return false
    }
  }
}
