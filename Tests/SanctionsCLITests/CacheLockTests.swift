import Glibc
import SanctionsSupport
import Testing

/// Concurrent cold runs sharing an index cache build the index once: the
/// others wait for the lock, then read the saved index.
@Suite("Index cache lock")
struct CacheLockTests {
  @Test("two concurrent cold runs build once; the second reads the saved index")
  func concurrentColdRuns() throws {
    let folder = CLIRunner.temporaryFolder("lock-test")
    defer { try? FileSystem.removeTree(folder) }
    let cache = FileSystem.join(folder, "cache")
    // DFAT's list loads with warnings: printed in full by the run that
    // builds, summarized in one note by a run that reads the saved index.
    let dfat = FileSystem.join(CLIRunner.lists, "australia_dfat/regulation8_consolidated.xlsx")
    let arguments = ["screen", "--lists", dfat, "--index-cache", cache, "Usama bin Ladin"]
    var runs: [BackgroundProcess] = []
    for name in ["first", "second"] {
      let runFolder = FileSystem.join(folder, name)
      try FileSystem.makeDirectory(runFolder)
      runs.append(BackgroundProcess(arguments, folder: runFolder))
    }
    let statuses = runs.map { $0.wait() }
    #expect(statuses.allSatisfy { $0 == 0 || $0 == 1 }, "\(statuses)")
    let errors = runs.map { String(decoding: CLIRunner.read($0.stderrPath), as: UTF8.self) }
    let built = errors.filter { $0.contains("warning:") }
    let read = errors.filter { $0.contains("note: loading these lists gave") && !$0.contains("warning:") }
    #expect(built.count == 1, "\(errors)")
    #expect(read.count == 1, "\(errors)")
  }
}
