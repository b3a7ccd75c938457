import Glibc
import SanctionsSupport
import Testing

/// Runs the `sanctions` binary that `swift test` builds beside the test bundle.
enum CLIRunner {
  /// The package root (this file is in Tests/SanctionsCLITests/).
  static let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = FileSystem.directoryName(path) }
    return path
  }()
  static let eval = FileSystem.join(FileSystem.directoryName(packageRoot), "shared/eval")
  static let lists = FileSystem.join(FileSystem.directoryName(packageRoot), "shared/lists")
  static let unList = FileSystem.join(lists, "un/consolidated.xml")

  /// `sanctions` in the folder of the running test executable.
  static let binary: String = {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    precondition(length > 0, "cannot resolve /proc/self/exe")
    let executable = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return FileSystem.join(FileSystem.directoryName(executable), "sanctions")
  }()

  /// This process's environment without `SWIFT_DETERMINISTIC_HASHING`, so
  /// children hash with per-process random seeds (as users run them).
  static let environment: [String] = {
    var result: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
      let variable = String(cString: pointer)
      if !variable.hasPrefix("SWIFT_DETERMINISTIC_HASHING=") { result.append(variable) }
      entry += 1
    }
    return result
  }()

  /// ``environment`` without the variables that choose lists, data and
  /// cache folders (`SANCTIONS_*`, `XDG_*`, `HOME`), with `HOME` set to
  /// `home`: a user who has never run the tool.
  static func freshUserEnvironment(home: String) -> [String] {
    environment.filter { !$0.hasPrefix("SANCTIONS_") && !$0.hasPrefix("XDG_") && !$0.hasPrefix("HOME=") }
      + ["HOME=\(home)"]
  }

  /// A new empty folder `/tmp/sanctions-<purpose>-XXXXXX`; the caller removes it.
  static func temporaryFolder(_ purpose: String) -> String {
    var template = Array("/tmp/sanctions-\(purpose)-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
  }

  struct Outcome: Equatable {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]

    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errors: String { String(decoding: stderr, as: UTF8.self) }
    var lines: [Substring] { output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
  }

  /// Where the child's standard output goes.
  enum StandardOutput {
    /// A temporary file, read back into ``Outcome/stdout``.
    case captured
    /// An existing file opened for writing, such as /dev/full.
    case path(String)
    /// A descriptor of this process (e.g. the write end of a pipe whose
    /// read end is closed).
    case descriptor(Int32)
  }

  /// Runs `sanctions arguments` with `input` on standard input; standard
  /// output (unless `stdout` says otherwise) and error go to temporary files
  /// (no pipe can fill up), which are removed afterwards.
  ///
  /// `environment` replaces ``environment`` (entries `NAME=value`);
  /// `directory` is the child's working directory.
  static func run(
    _ arguments: [String], input: [UInt8] = [], program: String = binary, stdout: StandardOutput = .captured,
    environment: [String]? = nil, directory: String? = nil
  ) -> Outcome {
    var template = Array("/tmp/sanctions-cli-test-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    let paths = ["stdin", "stdout", "stderr"].map { FileSystem.join(folder, $0) }
    defer {
      for path in paths { unlink(path) }
      rmdir(folder)
    }
    write(input, to: paths[0])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, paths[0], O_RDONLY, 0)
    switch stdout {
    case .captured: posix_spawn_file_actions_addopen(&actions, 1, paths[1], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    case .path(let path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
    case .descriptor(let fd): posix_spawn_file_actions_adddup2(&actions, fd, 1)
    }
    posix_spawn_file_actions_addopen(&actions, 2, paths[2], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // A working directory: through the shell (posix_spawn_file_actions_addchdir_np is not exported).
    let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, program] } ?? [program]
    let argv = (command + arguments).map { strdup($0) } + [nil]
    let envp = (environment ?? Self.environment).map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
    guard spawned == 0 else {
      let message = "cannot run \(program): \(FileSystem.describe(errno: spawned)) (built by swift build --build-tests?)"
      Issue.record(Comment(rawValue: message))
      return Outcome(status: -1, stdout: [], stderr: Array(message.utf8))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      precondition(errno == EINTR, "waitpid failed: \(FileSystem.describe(errno: errno))")
    }
    // Exit status, or 128 + the signal when the process was killed.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Outcome(status: exitStatus, stdout: read(paths[1]), stderr: read(paths[2]))
  }

  static func read(_ path: String) -> [UInt8] {
    FileSystem.readBytes(path) ?? []
  }

  static func write(_ bytes: [UInt8], to path: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot create \(path)")
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
      precondition(written > 0 || errno == EINTR, "cannot write \(path)")
      if written > 0 { offset += written }
    }
  }

  /// The first `count` lines of an eval file, with their newlines.
  static func evalLines(_ name: String, count: Int) -> [UInt8] {
    let bytes = read(FileSystem.join(eval, name))
    var end = 0
    var lines = 0
    while end < bytes.count, lines < count {
      if bytes[end] == 0x0A { lines += 1 }
      end += 1
    }
    return Array(bytes[..<end])
  }
}
