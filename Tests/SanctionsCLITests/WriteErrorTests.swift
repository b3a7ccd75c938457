import Glibc
import Testing

/// Every write is checked: standard output on a full disk or a closed pipe,
/// and the audit file, end with status 2 and one `write error` line.
@Suite("Write errors")
struct WriteErrorTests {
  @Test("one name screened to /dev/full exits 2 with a write error")
  func oneNameToFullDisk() {
    let outcome = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "Usama bin Ladin"], stdout: .path("/dev/full"))
    #expect(outcome.status == 2)
    #expect(outcome.errors == "sanctions: write error: standard output: No space left on device\n")
  }

  @Test("a 10,000-line batch to /dev/full exits 2 with a write error")
  func batchToFullDisk() {
    let input = Array((0..<10_000).map { "Name Number \($0)\n" }.joined().utf8)
    let outcome = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--format", "jsonl", "--quiet"], input: input,
      stdout: .path("/dev/full"))
    #expect(outcome.status == 2)
    #expect(outcome.errors.hasSuffix("sanctions: write error: standard output: No space left on device\n"), "\(outcome.errors)")
  }

  @Test("standard output a pipe whose read end is closed exits 2 with Broken pipe")
  func closedPipe() {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])
    defer { close(ends[1]) }
    let outcome = CLIRunner.run(
      ["compare", "Usama bin Ladin", "Osama bin Laden"], stdout: .descriptor(ends[1]))
    #expect(outcome.status == 2)
    #expect(outcome.errors == "sanctions: write error: standard output: Broken pipe\n")
  }

  @Test("an audit file on /dev/full exits 2 with a write error")
  func auditToFullDisk() {
    let outcome = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--audit", "/dev/full", "Usama bin Ladin"])
    #expect(outcome.status == 2)
    #expect(outcome.errors.contains("write error"), "\(outcome.errors)")
    #expect(outcome.errors.split(separator: "\n").count == 1)
  }
}
