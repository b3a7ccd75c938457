// TEMPORARY (perf work): dumps every entity of every shared list to $SANCTIONS_DUMP.
import Testing
import Foundation

@testable import SanctionsLists

@Suite("Temporary dump")
struct ZZDumpTests {
  @Test func dumpAll() throws {
    guard let out = ProcessInfo.processInfo.environment["SANCTIONS_DUMP"] else { return }
    let loaded = try ListLoader.load(paths: [Paths.shared])
    var text = ""
    for report in loaded.reports { text += "\(report)\n" }
    for skipped in loaded.skipped { text += "\(skipped)\n" }
    for entity in loaded.entities { text += "\(entity)\n" }
    // Superseded files too: each file alone.
    for report in loaded.reports where report.superseded > 0 {
      let one = try ListLoader.load(paths: [report.path])
      for entity in one.entities { text += "\(entity)\n" }
    }
    try text.write(toFile: out, atomically: true, encoding: .utf8)
  }
}
