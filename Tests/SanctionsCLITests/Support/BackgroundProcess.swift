import Glibc
import SanctionsSupport

/// A `sanctions` run in the background that a test can kill at a chosen
/// moment. Its standard output and error go to files in `folder`.
struct BackgroundProcess {
  let pid: pid_t
  let stdoutPath: String
  let stderrPath: String

  /// Starts `sanctions arguments`.
  init(_ arguments: [String], folder: String, program: String = CLIRunner.binary) {
    stdoutPath = FileSystem.join(folder, "background.stdout")
    stderrPath = FileSystem.join(folder, "background.stderr")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = CLIRunner.environment.map { strdup($0) } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
    precondition(spawned == 0, "cannot run \(program): \(FileSystem.describe(errno: spawned))")
    self.pid = pid
  }

  /// Sends SIGKILL (harmless if it already ended) and waits; returns the
  /// exit status, or 128 + the signal.
  func kill() -> Int32 {
    _ = Glibc.kill(pid, SIGKILL)
    return wait()
  }

  /// Waits for the process to end; returns the exit status, or 128 + the signal.
  func wait() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      precondition(errno == EINTR, "waitpid: \(FileSystem.describe(errno: errno))")
    }
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
