import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The `sanctions` command-line tool: screening, pair comparison, normalization
/// and list management.
///
/// Exit codes follow `grep`: 0 when nothing matched, 1 when at least one match
/// was found (screen, compare), 2 on any error.
@main
struct SanctionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sanctions",
    abstract: "Screen names against official sanctions lists.",
    discussion: """
      Exit status: 0 no match, 1 at least one match, 2 error (like grep).
      """,
    subcommands: [
      // Registered subcommands, one per line:
      ScreenCommand.self,
      CompareCommand.self,
      NormalizeCommand.self,
      ListsCommand.self,
      ShowCommand.self,
      UpdateCommand.self,
    ]
  )

  /// Runs the tool with grep-style exit codes: ArgumentParser's usage errors
  /// (64 by default) become 2, and a command reports a match by throwing
  /// `ExitCode(1)`.
  static func main() async {
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
      StandardStreams.writeError("sanctions: " + fullMessage(for: error) + "\n")
      Glibc.exit(ExitStatus.error)
    }
    Glibc.exit(ExitStatus.noMatch)
  }
}
