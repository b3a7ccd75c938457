#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Runs another program with an argument vector (no shell), standard input
/// from `/dev/null`, and collects its standard output and error (or passes
/// its standard output, chunk by chunk, to a consumer).
///
/// Output goes through pipes, so a program whose parent dies stops at its
/// next write (`SIGPIPE`) instead of carrying on unsupervised.
///
/// ```swift
/// let result = try ChildProcess.run("curl", arguments: ["--version"])
/// if result.exitStatus == 0 { print(result.standardOutputText) }
/// ```
package enum ChildProcess {
  /// How a finished program ended and what it wrote.
  package struct Result: Sendable {
    /// The exit status (0–255), or nil when a signal ended the program.
    package var exitStatus: Int32?
    /// The signal that ended the program, if one did.
    package var signal: Int32?
    /// Everything written to standard output.
    package var standardOutput: [UInt8]
    /// Everything written to standard error.
    package var standardError: [UInt8]

    package var standardOutputText: String { String(decoding: standardOutput, as: UTF8.self) }
    package var standardErrorText: String { String(decoding: standardError, as: UTF8.self) }
  }

  /// Why a program could not be run at all.
  package enum Failure: Error, Sendable, CustomStringConvertible {
    /// No such program on `$PATH` (or at the given path).
    case notFound(program: String)
    /// The system refused to start it (the reason is an `errno` message).
    case cannotStart(program: String, reason: String)

    package var description: String {
      switch self {
      case .notFound(let program): return "\(program): program not found (is it installed and on $PATH?)"
      case .cannotStart(let program, let reason): return "\(program): cannot start (\(reason))"
      }
    }
  }

  /// Runs `program` (looked up on `$PATH` when it has no `/`) and waits for it.
  package static func run(_ program: String, arguments: [String]) throws(Failure) -> Result {
    var output: [UInt8] = []
    var result = try run(program, arguments: arguments) { chunk in
      output.append(contentsOf: chunk)
      return true
    }
    result.standardOutput = output
    return result
  }

  /// Runs `program` and waits for it, passing each chunk of its standard
  /// output to `consume` as it arrives (the result's `standardOutput` is
  /// empty). When `consume` returns false, the program is killed
  /// (`SIGKILL`) and nothing more is read.
  package static func run(
    _ program: String, arguments: [String], consume: (UnsafeRawBufferPointer) -> Bool
  ) throws(Failure) -> Result {
    var outputPipe: [Int32] = [-1, -1]
    var errorPipe: [Int32] = [-1, -1]
    guard makePipe(&outputPipe) else {
      throw .cannotStart(program: program, reason: FileSystem.describe(errno: errno))
    }
    guard makePipe(&errorPipe) else {
      let code = errno
      close(outputPipe[0])
      close(outputPipe[1])
      throw .cannotStart(program: program, reason: FileSystem.describe(errno: code))
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, program, &actions, nil, argv, environ)
    close(outputPipe[1])
    close(errorPipe[1])
    guard spawned == 0 else {
      close(outputPipe[0])
      close(errorPipe[0])
      if spawned == ENOENT { throw .notFound(program: program) }
      throw .cannotStart(program: program, reason: FileSystem.describe(errno: spawned))
    }
    let (error, stopped) = drain(output: outputPipe[0], error: errorPipe[0], consume: consume)
    close(outputPipe[0])
    close(errorPipe[0])
    if stopped { kill(pid, SIGKILL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { break }
    }
    let signal = status & 0x7F
    return Result(
      exitStatus: signal == 0 ? (status >> 8) & 0xFF : nil,
      signal: signal == 0 ? nil : signal,
      standardOutput: [], standardError: error)
  }

  /// A pipe whose ends are closed in spawned programs (they get them only
  /// through `dup2`).
  private static func makePipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  /// Reads both pipes to their ends at once (so neither can fill and block
  /// the child): standard output goes to `consume`, standard error is
  /// collected. Returns standard error and whether `consume` asked to stop.
  private static func drain(
    output: Int32, error: Int32, consume: (UnsafeRawBufferPointer) -> Bool
  ) -> (error: [UInt8], stopped: Bool) {
    var collected: [UInt8] = []
    var fds = [
      pollfd(fd: output, events: Int16(POLLIN), revents: 0), pollfd(fd: error, events: Int16(POLLIN), revents: 0),
    ]
    var open = 2
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while open > 0 {
      let ready = poll(&fds, nfds_t(fds.count), -1)
      if ready < 0 {
        if errno == EINTR { continue }
        break
      }
      for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
        let count = chunk.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress!, $0.count) }
        if count > 0 {
          if index == 1 {
            collected.append(contentsOf: chunk[0..<count])
          } else if !chunk.withUnsafeBytes({ consume(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }) {
            return (collected, true)
          }
        } else if count == 0 || errno != EINTR {
          fds[index].fd = -1  // end of file (or an error): stop polling it
          open -= 1
        }
      }
    }
    return (collected, false)
  }
}
