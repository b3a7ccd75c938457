import Glibc
import SanctionsSupport
import Testing

/// The progress line and summary of a batch: on a terminal only (here a
/// pseudo-terminal made by util-linux `script`), never with `--quiet`, never
/// when standard error is a file.
@Suite("Batch progress")
struct ProgressTests {
  private static let script = "/usr/bin/script"

  private static func onTerminal(_ arguments: [String], folder: String) -> String {
    let typescript = FileSystem.join(folder, "typescript")
    let command = ([CLIRunner.binary] + arguments).map { "'\($0)'" }.joined(separator: " ") + " > /dev/null"
    _ = CLIRunner.run(["-qec", command, typescript], program: script)
    return String(decoding: CLIRunner.read(typescript), as: UTF8.self)
  }

  @Test(
    "A summary (screened, alerted, errors, time) on a terminal; nothing with --quiet or off a terminal",
    .enabled(if: FileSystem.kind(of: "/usr/bin/script") == .file, "needs util-linux script for a pseudo-terminal"))
  func summary() throws {
    let folder = CLIRunner.temporaryFolder("progress")
    defer { _ = try? FileSystem.removeTree(folder) }
    let input = FileSystem.join(folder, "names.txt")
    CLIRunner.write(Array("Ayman al-Zawahiri\nPatricia Lucas Wheeler\nBad\u{7}\nUsama bin Ladin\n".utf8), to: input)
    let arguments = ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--file", input]
    let shown = Self.onTerminal(arguments, folder: folder)
    #expect(shown.contains("sanctions: screened 4, alerted 2, errors 0, in "), "\(shown)")
    let quiet = Self.onTerminal(arguments + ["--quiet"], folder: folder)
    #expect(!quiet.contains("sanctions: screened"), "\(quiet)")
    let offTerminal = CLIRunner.run(arguments)
    #expect(offTerminal.errors.isEmpty, "\(offTerminal.errors)")
  }
}
