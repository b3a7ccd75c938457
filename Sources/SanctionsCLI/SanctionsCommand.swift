import ArgumentParser
import FatalSignals
import SanctionsScreening

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The `sanctions` command-line tool: screening, pair comparison, normalization
/// and list management.
///
/// Exit codes are those of `diff` and `cmp`: 0 when nothing was found, 1 when
/// something was (a match for screen and compare, a difference for diff), 2 on
/// any trouble. (Not grep's: its 0 means found.)
@main
struct SanctionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sanctions",
    abstract: "Screen names against official sanctions lists.",
    discussion: """
      Exit status: 0 nothing found, 1 something found (a match; a difference for
      diff), 2 trouble (bad usage, bad input, unreadable lists, failed writes) —
      as diff and cmp do.
      """,
    version: EngineVersion.description,
    subcommands: [
      // Registered subcommands, one per line:
      ScreenCommand.self,
      CompareCommand.self,
      NormalizeCommand.self,
      ListsCommand.self,
      ShowCommand.self,
      DiffCommand.self,
      UpdateCommand.self,
      IndexCommand.self,
    ]
  )

  /// Runs the tool with diff-style exit codes: ArgumentParser's usage errors
  /// (64 by default) become 2, and a command reports a match by throwing
  /// `ExitCode(1)`.
  ///
  /// First, SIGPIPE is ignored (a closed pipe is a write error, status 2)
  /// and SIGABRT/SIGSEGV/SIGBUS — running out of memory or stack — end with
  /// one line and status 2 instead of the runtime's backtrace.
  static func main() async {
    _ = sanctions_ignore_broken_pipe()
    _ = sanctions_install_fatal_signal_handlers()
    _ = sanctions_filter_allocation_failure_reports()
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let status as ExitCode {
      Glibc.exit(status.rawValue)
    } catch {
      if exitCode(for: error) == .success {
        exit(withError: error)  // --help, --version
      }
      StandardStreams.writeError("sanctions: " + oneLineMessage(for: error) + "\n")
      Glibc.exit(ExitStatus.error)
    }
    Glibc.exit(ExitStatus.noMatch)
  }

  /// The error in one line, with where to find help: `Unknown option
  /// '--frobnicate' (see 'sanctions screen --help')`.
  static func oneLineMessage(for error: any Error) -> String {
    let message = self.message(for: error)
    let full = fullMessage(for: error)
    guard let hint = full.split(separator: "\n").first(where: { $0.contains("--help'") }),
      let open = hint.firstIndex(of: "'"), let close = hint.lastIndex(of: "'"), open < close
    else { return message.split(separator: "\n").joined(separator: " ") }
    return message.split(separator: "\n").joined(separator: " ") + " (see \(hint[open...close]))"
  }
}
