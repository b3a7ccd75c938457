import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsCLI

/// Control characters and bidirectional overrides from list files never reach the terminal raw
/// in text output.
@Suite struct TerminalTextTests {
  @Test func escapesControlsAndOverrides() {
    #expect(TerminalText.safe("plain Ünïcödé name\twith tab\n") == "plain Ünïcödé name\twith tab\n")
    #expect(TerminalText.safe("a\u{1B}[31mb") == "a\\u{1B}[31mb")
    #expect(TerminalText.safe("\u{0}\u{7}\u{7F}\u{9B}\r") == "\\u{0}\\u{7}\\u{7F}\\u{9B}\\u{D}")
    #expect(TerminalText.safe("\u{202E}nidaL\u{202C} \u{2066}x\u{2069}") == "\\u{202E}nidaL\\u{202C} \\u{2066}x\\u{2069}")
  }

  @Test func showListsAndScreenEscapeListText() throws {
    let folder = CLIRunner.temporaryFolder("terminal")
    defer { try? FileSystem.removeTree(folder) }
    let list = FileSystem.join(folder, "w.csv")
    CLIRunner.write(
      Array("id,name,type,remarks\nE-1,\"Evil \u{1B}]0;pwned\u{7} Corp\",organization,\"red \u{1B}[31m text\"\n".utf8),
      to: list)
    for arguments in [["show", "--lists", list, "custom:E-1"], ["lists", "--lists", list]] {
      let outcome = CLIRunner.run(arguments)
      #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
      #expect(!outcome.stdout.contains(0x1B) && !outcome.stdout.contains(0x07), "\(arguments)")
    }
    let shown = CLIRunner.run(["show", "--lists", list, "custom:E-1"]).output
    #expect(shown.contains("Evil \\u{1B}]0;pwned\\u{7} Corp"))
    #expect(shown.contains("red \\u{1B}[31m text"))
    let screened = CLIRunner.run(["screen", "--lists", list, "--no-index-cache", "Evil \u{1B}[2J Corp"])
    #expect(!screened.stdout.contains(0x1B))
  }

  @Test func diagnosticsEscapeQuotedText() {
    let outcome = CLIRunner.run(["screen", "--lists", "/nonexistent/\u{1B}[2Jlist\u{7}.csv", "x"])
    #expect(outcome.status == 2)
    #expect(!outcome.stderr.contains(0x1B) && !outcome.stderr.contains(0x07), "\(outcome.errors)")
    #expect(outcome.errors.contains("\\u{1B}[2Jlist\\u{7}.csv"), "\(outcome.errors)")
  }
}
