import Glibc
import SanctionsSupport
import Testing

/// `sanctions update` against a local HTTP server serving copies of real list
/// files: a good update, a 404, a truncated file, invalid content, and kills
/// during the download and during validation and the swap. After every
/// failure the lists directory must screen exactly as before.
@Suite("sanctions update", .serialized)
struct UpdateCommandTests {
  /// The UN list of 2024-11-30 (879 entities) is the "previous" set; the
  /// UN list of 2026-02-27 (1,003, with the Iran list) is the "new" one;
  /// Canada's SEMA list is in both.
  static let previousUN = CLIRunner.read(FileSystem.join(CLIRunner.lists, "un/consolidated_2024-11-30.xml"))
  static let newUN = CLIRunner.read(FileSystem.join(CLIRunner.lists, "un/consolidated.xml"))
  static let canada = CLIRunner.read(FileSystem.join(CLIRunner.lists, "canada_sema/sema-lmes.xml"))

  /// Names screened to compare sets: in both lists, only in the new one
  /// (Iran list), in Canada's, and in none.
  static let queries = Array(
    """
    {"id":"q1","name":"Ayman al-Zawahiri","type":"person"}
    {"id":"q2","name":"Fereidoun Abbasi-Davani","type":"person"}
    {"id":"q3","name":"7th of Tir","type":"organization"}
    {"id":"q4","name":"Patricia Lucas Wheeler"}

    """.utf8)

  /// A temporary folder with a served list set, a manifest naming the
  /// server's URLs and a lists directory; removed (and the server stopped)
  /// when dropped.
  final class Fixture {
    let folder: String
    let server: LocalHTTPServer
    var listsDirectory: String { FileSystem.join(folder, "lists") }
    var manifest: String { FileSystem.join(folder, "sources.json") }
    var current: String { FileSystem.join(listsDirectory, "current") }
    var setsFolder: String { FileSystem.join(listsDirectory, "sets") }

    init(un: [UInt8] = UpdateCommandTests.previousUN) {
      var template = Array("/tmp/sanctions-update-test-XXXXXX".utf8CString)
      folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
      server = LocalHTTPServer(routes: [
        "/un/consolidated.xml": .bytes(un), "/ca/sema-lmes.xml": .bytes(UpdateCommandTests.canada),
      ])
      let base = server.baseURL
      let manifest = """
        {"sources": [
          {"id": "un-sc", "default": true, "name": "UN Security Council Consolidated List",
           "urls": ["\(base)/un/consolidated.xml"]},
          {"id": "ca-sema", "default": true, "name": "Canada SEMA", "urls": ["\(base)/ca/sema-lmes.xml"]},
          {"id": "not-default", "default": false, "name": "Not fetched by default", "urls": ["\(base)/other.xml"]}
        ]}
        """
      CLIRunner.write(Array(manifest.utf8), to: self.manifest)
    }

    deinit {
      server.stop()
      try? FileSystem.removeTree(folder)
    }

    /// The update command's arguments.
    func updateArguments(_ extra: [String] = []) -> [String] {
      ["update", "--lists-dir", listsDirectory, "--sources", manifest, "--timeout", "20"] + extra
    }

    func update(_ extra: [String] = []) -> CLIRunner.Outcome { CLIRunner.run(updateArguments(extra)) }

    /// The real path of the active set (nil when there is none).
    var currentSet: String? { FileSystem.realPath(current) }

    /// The set folders (names), sorted.
    var sets: [String] { ((try? FileSystem.entries(ofDirectory: setsFolder)) ?? []).filter { !$0.hasPrefix(".") } }

    /// Leftovers of interrupted updates in the lists directory.
    var stagingFolders: [String] {
      ((try? FileSystem.entries(ofDirectory: listsDirectory)) ?? []).filter { $0.hasPrefix("staging-") }
    }

    /// `screen` output for the queries against the active set.
    func screenCurrent() -> String {
      guard let set = currentSet else { return "no current set" }
      let outcome = CLIRunner.run(
        ["screen", "--lists", set, "--no-index-cache", "--input", "jsonl", "--format", "jsonl"],
        input: UpdateCommandTests.queries)
      return "status \(outcome.status)\n" + outcome.output + outcome.errors
    }
  }

  /// A fixture whose lists directory holds the previous set, with that set's screening output.
  static func previousSetFixture() -> (Fixture, String) {
    let fixture = Fixture()
    let first = fixture.update()
    #expect(first.status == 0, "\(first.errors)")
    let screened = fixture.screenCurrent()
    #expect(screened.hasPrefix("status 1\n"), "\(screened)")
    fixture.server.set("/un/consolidated.xml", .bytes(newUN))
    return (fixture, screened)
  }

  /// Asserts that a failed update left the previous set active and unchanged.
  static func expectUnchanged(_ fixture: Fixture, set: String?, screened: String, _ what: String) {
    #expect(fixture.currentSet == set, "\(what): current moved")
    #expect(fixture.screenCurrent() == screened, "\(what): screening changed")
    #expect(fixture.stagingFolders.isEmpty, "\(what): staging left: \(fixture.stagingFolders)")
  }

  @Test("A good update activates the new set; a second keeps the previous; old sets are pruned")
  func goodUpdate() throws {
    let (fixture, previousScreening) = Self.previousSetFixture()
    let previousSet = try #require(fixture.currentSet)
    #expect(FileSystem.symbolicLinkTarget(fixture.current)?.hasPrefix("sets/") == true)

    let dryRun = fixture.update(["--dry-run"])
    #expect(dryRun.status == 0, "\(dryRun.errors)")
    #expect(dryRun.output.contains("dry run: every file is valid; the active set was not changed"))
    #expect(fixture.currentSet == previousSet)
    #expect(fixture.stagingFolders.isEmpty)

    let second = fixture.update()
    #expect(second.status == 0, "\(second.errors)")
    #expect(second.output.contains("consolidated.xml: 2030620 bytes, sha256 "), "\(second.output)")
    #expect(second.output.contains("published 2026-02-27, 1003 entities"), "\(second.output)")
    #expect(second.output.contains("sema-lmes.xml: 247778 bytes"), "\(second.output)")
    #expect(second.output.contains("(previous: sets/\(FileSystem.baseName(previousSet)))"), "\(second.output)")
    let newSet = try #require(fixture.currentSet)
    #expect(newSet != previousSet)
    #expect(FileSystem.kind(of: previousSet) == .directory, "the previous set is kept")
    let newScreening = fixture.screenCurrent()
    #expect(newScreening != previousScreening)
    #expect(newScreening.contains("\"id\":\"q2\",\"matches\":[{\"entity_id\":\"un:IRi."), "\(newScreening)")
    #expect(fixture.server.requestedPaths.allSatisfy { $0 != "/other.xml" }, "a non-default source was fetched")
    // The update summarizes what changed since the previous set (UN 2024-11-30 → 2026-02-27).
    #expect(second.output.contains("changes since sets/\(FileSystem.baseName(previousSet)): "), "\(second.output)")
    #expect(second.output.contains("130 added, 6 removed, 105 changed"), "\(second.output)")

    // Without --lists, screen, lists and show read the lists directory's current set.
    let byDirectory = CLIRunner.run(
      ["screen", "--lists-dir", fixture.listsDirectory, "--no-index-cache", "--format", "jsonl", "Ayman al-Zawahiri"])
    #expect(byDirectory.status == 1, "\(byDirectory.errors)")
    #expect(byDirectory.output.contains("\"entity_id\":\"un:QDi.006\""))
    let listed = CLIRunner.run(["lists", "--lists-dir", fixture.listsDirectory])
    #expect(listed.output.contains(FileSystem.join(newSet, "un-sc/consolidated.xml")))
    let shown = CLIRunner.run(["show", "--lists-dir", fixture.listsDirectory, "--no-index-cache", "un:QDi.006"])
    #expect(shown.status == 0, "\(shown.errors)")
    #expect(shown.output.contains("file:       \(FileSystem.join(newSet, "un-sc/consolidated.xml"))"))

    // `lists` on the resolved current set reports the new files.
    let report = CLIRunner.run(["lists", "--lists", newSet])
    #expect(report.status == 0, "\(report.errors)")
    #expect(report.output.contains(FileSystem.join(newSet, "un-sc/consolidated.xml")))
    #expect(report.output.contains("published:   2026-02-27"))
    #expect(report.output.contains(FileSystem.join(newSet, "ca-sema/sema-lmes.xml")))

    // Two more updates: the active set and the two newest others are kept.
    #expect(fixture.update().status == 0)
    #expect(fixture.sets.count == 3)
    let fourth = fixture.update()
    #expect(fourth.status == 0)
    #expect(fixture.sets.count == 3)
    #expect(fourth.output.contains("removed old sets: sets/\(FileSystem.baseName(previousSet))"), "\(fourth.output)")
    #expect(FileSystem.kind(of: previousSet) == .missing)
    #expect(fixture.screenCurrent() == newScreening)
  }

  @Test("A 404 fails with exit 2, names the source and URL, and changes nothing")
  func notFound() {
    let (fixture, screened) = Self.previousSetFixture()
    let set = fixture.currentSet
    fixture.server.set("/ca/sema-lmes.xml", .notFound)
    let outcome = fixture.update()
    #expect(outcome.status == 2)
    #expect(outcome.errors.contains("ca-sema: download of \(fixture.server.baseURL)/ca/sema-lmes.xml failed: HTTP status 404"), "\(outcome.errors)")
    #expect(outcome.errors.contains("The lists directory was not changed."))
    Self.expectUnchanged(fixture, set: set, screened: screened, "404")
  }

  @Test("A body cut short, and a truncated file served whole, both fail and change nothing")
  func truncated() {
    let (fixture, screened) = Self.previousSetFixture()
    let set = fixture.currentSet
    let half = Array(Self.newUN[..<(Self.newUN.count / 2)])
    fixture.server.set("/un/consolidated.xml", .truncated(half, declaredLength: Self.newUN.count))
    let cut = fixture.update()
    #expect(cut.status == 2)
    #expect(cut.errors.contains("un-sc: download of \(fixture.server.baseURL)/un/consolidated.xml failed"), "\(cut.errors)")
    Self.expectUnchanged(fixture, set: set, screened: screened, "cut short")

    fixture.server.set("/un/consolidated.xml", .bytes(half))
    let invalid = fixture.update()
    #expect(invalid.status == 2)
    #expect(invalid.errors.contains("un-sc: \(fixture.server.baseURL)/un/consolidated.xml is not a valid list"), "\(invalid.errors)")
    #expect(invalid.errors.contains("malformed XML"), "\(invalid.errors)")
    Self.expectUnchanged(fixture, set: set, screened: screened, "truncated file")
  }

  @Test("An HTML page instead of a list fails and changes nothing")
  func invalidContent() {
    let (fixture, screened) = Self.previousSetFixture()
    let set = fixture.currentSet
    let page = "<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body>Back soon.</body></html>\n"
    fixture.server.set("/ca/sema-lmes.xml", .bytes(Array(page.utf8)))
    let outcome = fixture.update()
    #expect(outcome.status == 2)
    #expect(outcome.errors.contains("ca-sema: \(fixture.server.baseURL)/ca/sema-lmes.xml is not a valid list"), "\(outcome.errors)")
    Self.expectUnchanged(fixture, set: set, screened: screened, "HTML page")
  }

  @Test("SIGKILL during a download leaves the previous set; the next update cleans up")
  func killDuringDownload() throws {
    let (fixture, screened) = Self.previousSetFixture()
    let set = fixture.currentSet
    fixture.server.set("/un/consolidated.xml", .drip(Self.newUN, chunk: 16384, pauseMicroseconds: 20_000))
    let process = BackgroundProcess(fixture.updateArguments(), folder: fixture.folder)
    // Wait until part of the file has arrived.
    let partial = FileSystem.join(fixture.listsDirectory, "staging-\(process.pid)/un-sc/consolidated.xml")
    var waited = 0
    while FileSystem.size(of: partial) < 100_000, waited < 20_000 {
      usleep(10_000)
      waited += 10
    }
    let size = FileSystem.size(of: partial)
    #expect(process.kill() == 128 + SIGKILL)
    #expect(size >= 100_000 && size < Self.newUN.count, "killed with \(size) bytes downloaded")
    #expect(fixture.currentSet == set)
    #expect(fixture.screenCurrent() == screened)

    fixture.server.set("/un/consolidated.xml", .bytes(Self.newUN))
    let next = fixture.update()
    #expect(next.status == 0, "\(next.errors)")
    #expect(next.errors.contains("removed \(fixture.listsDirectory)/staging-\(process.pid), left by an interrupted update"))
    #expect(fixture.stagingFolders.isEmpty)
    #expect(fixture.currentSet != set)
  }

  @Test("SIGKILL at many points of validation and the swap: current is always a complete set, old or new")
  func killDuringValidationAndSwap() throws {
    let (fixture, previousScreening) = Self.previousSetFixture()
    let previousSet = try #require(fixture.currentSet)
    let previousLink = try #require(FileSystem.symbolicLinkTarget(fixture.current))
    // How long a whole update takes here, and what the new set screens as.
    let start = Self.now()
    #expect(fixture.update(["--keep", "1000"]).status == 0)
    let duration = Self.now() - start
    let newScreening = fixture.screenCurrent()
    #expect(newScreening != previousScreening)

    /// Kills an update after `delay` seconds; returns whether `current` then
    /// named the new set (it must be the previous set or the new one, complete).
    func killAfter(_ delay: Double) throws -> Bool {
      // Back to the previous set (atomically, as update does).
      let link = FileSystem.join(fixture.listsDirectory, "test-link")
      try FileSystem.makeSymbolicLink(at: link, to: previousLink)
      try FileSystem.moveAtomically(link, to: fixture.current)
      let process = BackgroundProcess(fixture.updateArguments(["--keep", "1000"]), folder: fixture.folder)
      usleep(UInt32(delay * 1_000_000))
      _ = process.kill()
      let set = try #require(fixture.currentSet, "killed after \(delay) s: no current set")
      let screened = fixture.screenCurrent()
      if set == previousSet {
        #expect(screened == previousScreening, "killed after \(delay) s: the previous set screens differently")
        return false
      }
      #expect(screened == newScreening, "killed after \(delay) s: the new set screens differently")
      return true
    }

    // Delays from 30 % of a whole update in steps of 8 % until a kill comes
    // after the swap (at most 30 runs): the downloads are quick, so this
    // spans validation, the fsyncs, the renames and pruning.
    var lastPrevious = 0.0
    var firstNew: Double? = nil
    var counts = (previous: 0, new: 0)
    var delay = duration * 0.3
    for _ in 0..<30 where firstNew == nil {
      if try killAfter(delay) {
        counts.new += 1
        firstNew = delay
      } else {
        counts.previous += 1
        lastPrevious = delay
      }
      delay += duration * 0.08
    }
    #expect(firstNew != nil, "no kill came after the swap")
    // Then closely around the moment the swap happened.
    if let firstNew {
      for step in 1...8 {
        let delay = lastPrevious + (firstNew - lastPrevious) * Double(step) / 9
        if try killAfter(delay) { counts.new += 1 } else { counts.previous += 1 }
      }
    }
    print(
      "killDuringValidationAndSwap: update takes \(duration) s; swap between \(lastPrevious) s and "
        + "\(firstNew ?? -1) s; after the kills, previous set \(counts.previous) times, new set \(counts.new) times")
    #expect(counts.previous > 0)

    let final = fixture.update()
    #expect(final.status == 0, "\(final.errors)")
    #expect(fixture.stagingFolders.isEmpty)
    #expect(fixture.screenCurrent() == newScreening)
  }

  @Test("--from a folder and --from an HTTP mirror; a file absent from the mirror is named")
  func mirrors() throws {
    let (fixture, screened) = Self.previousSetFixture()
    let set = fixture.currentSet
    // A folder laid out like a set: <source-id>/<file>, and one file at the top.
    let mirror = FileSystem.join(fixture.folder, "mirror")
    try FileSystem.makeDirectories(FileSystem.join(mirror, "un-sc"))
    CLIRunner.write(Self.newUN, to: FileSystem.join(mirror, "un-sc/consolidated.xml"))
    let missing = fixture.update(["--from", mirror])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("ca-sema: the mirror has no sema-lmes.xml"), "\(missing.errors)")
    Self.expectUnchanged(fixture, set: set, screened: screened, "file absent from the folder")
    let onlyUN = fixture.update(["--from", mirror, "--only", "un-sc"])
    #expect(onlyUN.status == 0, "\(onlyUN.errors)")
    CLIRunner.write(Self.canada, to: FileSystem.join(mirror, "sema-lmes.xml"))
    let folder = fixture.update(["--from", mirror])
    #expect(folder.status == 0, "\(folder.errors)")
    #expect(folder.output.contains("from \(mirror)/sema-lmes.xml"), "\(folder.output)")
    let fromFolder = fixture.screenCurrent()

    // An HTTP mirror: <base>/<source-id>/<file>, else <base>/<file>.
    fixture.server.set("/mirror/un-sc/consolidated.xml", .bytes(Self.newUN))
    fixture.server.set("/mirror/sema-lmes.xml", .bytes(Self.canada))
    let http = fixture.update(["--from", fixture.server.baseURL + "/mirror/"])
    #expect(http.status == 0, "\(http.errors)")
    #expect(http.output.contains("from \(fixture.server.baseURL)/mirror/sema-lmes.xml"), "\(http.output)")
    #expect(fixture.screenCurrent() == fromFolder)
  }

  @Test("An empty lists directory: screen, lists and show exit 2 saying how to fill it")
  func emptyDirectory() throws {
    let folder = CLIRunner.temporaryFolder("empty")
    defer { _ = try? FileSystem.removeTree(folder) }
    for arguments in [["screen", "Ayman al-Zawahiri"], ["lists"], ["show", "un:QDi.006"]] {
      let outcome = CLIRunner.run(arguments + ["--lists-dir", folder])
      #expect(outcome.status == 2)
      #expect(outcome.stdout.isEmpty)
      #expect(outcome.errors.split(separator: "\n").count == 1, "\(outcome.errors)")
      #expect(outcome.errors.contains("sanctions update"), "\(outcome.errors)")
    }
  }

  @Test("Usage errors: an unknown --only id, a --from that is neither folder nor URL")
  func usageErrors() {
    let fixture = Fixture()
    let unknown = fixture.update(["--only", "nope"])
    #expect(unknown.status == 2)
    #expect(unknown.errors.contains("--only nope: no such source in the manifest. Known sources: un-sc, ca-sema, not-default."))
    let badFrom = fixture.update(["--from", FileSystem.join(fixture.folder, "absent")])
    #expect(badFrom.status == 2)
    #expect(badFrom.errors.contains("neither an existing folder nor an http:// or https:// URL"))
    #expect(fixture.currentSet == nil)
  }

  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
