import Testing

/// Running out of memory ends with one line on stderr and status 2, not a
/// SIGABRT with the runtime's backtrace.
@Suite("Resource failures")
struct ResourceFailureTests {
  @Test("every list under a 150 MB address-space limit exits 2 with one out-of-memory line")
  func outOfMemory() {
    let outcome = CLIRunner.run(
      ["-c", "ulimit -v 150000; exec \"$0\" screen --lists \"$1\" --no-index-cache x", CLIRunner.binary, CLIRunner.lists],
      program: "/bin/sh")
    #expect(outcome.status == 2)
    let lines = outcome.errors.split(separator: "\n")
    #expect(lines.count == 1, "\(outcome.errors)")
    #expect(outcome.errors.contains("out of memory"))
  }
}
