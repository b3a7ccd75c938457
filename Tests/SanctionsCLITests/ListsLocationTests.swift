import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsCLI

/// Where `screen`, `lists` and `show` find lists when `--lists` is not given.
@Suite("Lists directory resolution")
struct ListsLocationTests {
  @Test("--lists-dir, else $SANCTIONS_LISTS, else $XDG_DATA_HOME, else ~/.local/share")
  func directoryOrder() {
    let all = ["SANCTIONS_LISTS": "/env/lists", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
    func directory(_ explicit: String?, _ environment: [String: String]) -> String {
      ListsLocation.directory(explicit: explicit, environment: { environment[$0] })
    }
    #expect(directory("/given", all) == "/given")
    #expect(directory(nil, all) == "/env/lists")
    #expect(directory(nil, all.filter { $0.key != "SANCTIONS_LISTS" }) == "/xdg/sanctions/lists")
    #expect(directory(nil, ["HOME": "/home/u", "XDG_DATA_HOME": "relative"]) == "/home/u/.local/share/sanctions/lists")
    #expect(directory(nil, ["HOME": "/home/u"]) == "/home/u/.local/share/sanctions/lists")
  }

  @Test("An empty lists directory says how to fill it; a filled one resolves to the real path of its set")
  func currentSet() throws {
    let folder = CLIRunner.temporaryFolder("location-test")
    defer { try? FileSystem.removeTree(folder) }
    #expect(throws: ListsLocationError.empty(folder)) { try ListsLocation.currentSet(in: folder) }
    let message = ListsLocationError.empty(folder).description
    #expect(message.contains("sanctions update") && message.contains("--from DIR"))

    var options = try ListsLocationOptions.parse(["--lists-dir", folder])
    #expect(throws: ListsLocationError.empty(folder)) { try options.resolve().paths }
    let update = CLIRunner.run(["update", "--lists-dir", folder, "--from", FileSystem.join(CLIRunner.lists, "un"), "--only", "un-sc"])
    #expect(update.status == 0, "\(update.errors)")
    let resolved = try options.resolve().paths
    #expect(resolved.count == 1)
    #expect(resolved[0].hasPrefix(FileSystem.realPath(folder)! + "/sets/"))
    #expect(FileSystem.kind(of: FileSystem.join(resolved[0], "un-sc/consolidated.xml")) == .file)

    options = try ListsLocationOptions.parse(["--lists", "a.xml", "--lists", "b", "--lists-dir", folder])
    #expect(try options.resolve().paths == ["a.xml", "b"])
  }

  @Test("The default lists directory without lists falls back to the embedded snapshot; a named one does not")
  func snapshotFallback() throws {
    let home = CLIRunner.temporaryFolder("location-test")
    defer { try? FileSystem.removeTree(home) }
    let options = try ListsLocationOptions.parse([])
    let selection = try options.resolve(environment: { $0 == "HOME" ? home : nil })
    guard case .snapshot(let snapshot) = selection.origin else {
      Issue.record("expected the embedded snapshot, got \(selection.origin.kind)")
      return
    }
    #expect(selection.paths == snapshot.files.map(\.path))
    #expect(snapshot.manifestPath == FileSystem.join(CLIRunner.packageRoot, "lists/snapshot/manifest.json"))
    #expect(Set(snapshot.files.map(\.source)) == ["un-sc", "ofac-sdn", "ofac-cons", "uk-ofsi", "ca-sema", "au-dfat", "us-csl"])

    // A lists directory named by $SANCTIONS_LISTS or --lists-dir that holds nothing is an error.
    #expect(throws: ListsLocationError.empty(home)) {
      try options.resolve(environment: { $0 == "SANCTIONS_LISTS" ? home : nil })
    }
    #expect(throws: ListsLocationError.empty(home)) {
      try ListsLocationOptions.parse(["--lists-dir", home]).resolve(environment: { _ in nil })
    }
  }

  @Test("The snapshot notice gives the date, the age and the command that refreshes it; loudly when stale")
  func snapshotNotice() throws {
    let snapshot = try EmbeddedSnapshot.load(manifest: FileSystem.join(CLIRunner.packageRoot, "lists/snapshot/manifest.json"))
    let date = try #require(Clock.day(ofISODate: snapshot.date))
    let fresh = ListsSelection.notice(snapshot, command: "screen", today: date + 3)
    #expect(fresh.hasPrefix("sanctions screen: using the embedded list snapshot of \(snapshot.date), 3 days old ("))
    #expect(fresh.contains("sanctions update") && !fresh.contains("WARNING") && fresh.hasSuffix(".\n"))
    #expect(fresh.filter { $0 == "\n" }.count == 1)
    let stale = ListsSelection.notice(snapshot, command: "lists", today: date + EmbeddedSnapshot.maximumAgeDays + 1)
    #expect(stale.hasPrefix("sanctions lists: WARNING: using the embedded list snapshot of \(snapshot.date), which is 31 days old"))
    #expect(stale.contains("sanctions update"))
    #expect(ListsOrigin.snapshot(snapshot).json(today: date).contains("\"age_days\":0,\"stale\":false"))
  }

  @Test("Day numbers of ISO dates")
  func dayNumbers() {
    #expect(Clock.day(ofISODate: "1970-01-01") == 0)
    #expect(Clock.day(ofISODate: "2000-03-01") == 11_017)
    #expect(Clock.day(ofISODate: "2026-12-02") == 20_789)
    #expect(Clock.day(ofISODate: "2024-02-29")! - Clock.day(ofISODate: "2023-02-28")! == 366)
    #expect(Clock.day(ofISODate: "2026-13-01") == nil && Clock.day(ofISODate: "26-01-01") == nil)
  }
}
