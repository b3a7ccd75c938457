import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsCLI

/// The list snapshot that ships in `lists/snapshot/`: a fresh clone or installation screens
/// with no list arguments, and says it uses the snapshot, how old it is and how to refresh it.
@Suite("Embedded list snapshot")
struct EmbeddedSnapshotTests {
  static let manifest = FileSystem.join(CLIRunner.packageRoot, "lists/snapshot/manifest.json")

  /// Each snapshot file and the `../shared/lists` file it was made from.
  static let upstream: [String: String] = [
    "un/2026-02-27/consolidated.xml.gz": "un/consolidated.xml",
    "ofac_sdn/2024-05-03/sdn.csv.gz": "ofac_sdn/2024-05-03/sdn.csv",
    "ofac_cons/2025-01-10/CONS_ENHANCED.ZIP": "ofac_cons/2025-01/CONS_ENHANCED.ZIP",
    "uk_ofsi/2025-04-14/ConList.xlsx": "uk/ofsi_conlist/2025-04-14/ConList.xlsx",
    "canada_sema/2020-04-15/sema-lmes.xml.gz": "canada_sema/sema-lmes.xml",
    "australia_dfat/2024-11-11/regulation8_consolidated.xlsx": "australia_dfat/regulation8_consolidated.xlsx",
    "us_csl/2022-04-21/consolidated.csv.gz": "us_csl/consolidated.csv.gz",
  ]

  @Test("The manifest's sizes and SHA-256 hashes match the files and their upstream copies; under 15 MB in all")
  func manifestMatchesFiles() throws {
    let snapshot = try EmbeddedSnapshot.load(manifest: Self.manifest)
    let document = try JSONParser.parseDocument(FileSystem.readAllBytes(Self.manifest)[...])
    guard case .array(let entries)? = document["files"] else { throw SnapshotTestError("no files array") }
    #expect(snapshot.files.count == Self.upstream.count)
    var total = 0
    for (file, entry) in zip(snapshot.files, entries) {
      let relative = try #require(entry["path"]?.string)
      total += FileSystem.size(of: file.path)
      #expect(try SHA256.hash(file: file.path).digest.hexadecimal == file.sha256, "\(relative)")
      #expect(entry["licence"]?.string?.isEmpty == false && entry["url"]?.string?.hasPrefix("https://") == true)
      let original = FileSystem.join(CLIRunner.lists, try #require(Self.upstream[relative], "\(relative)"))
      let expected = entry["upstream_sha256"]?.string ?? file.sha256
      #expect(try SHA256.hash(file: original).digest.hexadecimal == expected, "\(relative) vs \(original)")
    }
    #expect(total < 15_000_000)
    #expect(snapshot.date == "2026-02-27" && snapshot.oldestDate == "2020-04-15")
  }

  @Test("A damaged snapshot is an error naming the file, never a silent partial screening")
  func damagedSnapshot() throws {
    let folder = CLIRunner.temporaryFolder("snapshot-test")
    defer { try? FileSystem.removeTree(folder) }
    let manifest = FileSystem.join(folder, "manifest.json")
    CLIRunner.write(try FileSystem.readAllBytes(Self.manifest), to: manifest)
    let error = try #require(throws: EmbeddedSnapshotError.self) { try EmbeddedSnapshot.load(manifest: manifest) }
    #expect(error.description.contains("un/2026-02-27/consolidated.xml.gz") && error.description.contains("sanctions update"))
  }

  @Test("The README's first command works in a fresh clone with nothing beside it: exit 1, snapshot and age on stderr")
  func readmeCommandInFreshClone() throws {
    let folder = CLIRunner.temporaryFolder("snapshot-test")
    defer { try? FileSystem.removeTree(folder) }
    let clone = FileSystem.join(folder, "sanctions")
    let cloned = try ChildProcess.run("git", arguments: ["clone", "--quiet", "--no-hardlinks", CLIRunner.packageRoot, clone])
    #expect(cloned.exitStatus == 0, "\(cloned.standardErrorText)")
    #expect(FileSystem.kind(of: FileSystem.join(folder, "shared")) == .missing)

    // The README's first command, `swift run -c release sanctions ARGS…`, runs the binary built in
    // the clone: here the one this test run built, placed where the clone's build would put it.
    let readme = String(decoding: try FileSystem.readAllBytes(FileSystem.join(clone, "README.md")), as: UTF8.self)
    let first = try #require(readme.split(separator: "\n").first { $0.hasPrefix("swift ") })
    let prefix = "swift run -c release sanctions "
    #expect(first.hasPrefix(prefix), "README's first command: \(first)")
    let arguments = try shellWords(String(first.dropFirst(prefix.count)))
    #expect(!arguments.contains("--lists"), "\(arguments)")
    let binary = FileSystem.join(clone, ".build/release/sanctions")
    try copyExecutable(CLIRunner.binary, to: binary)

    let home = FileSystem.join(folder, "home")
    mkdir(home, 0o700)
    let outcome = CLIRunner.run(arguments, program: binary, environment: CLIRunner.freshUserEnvironment(home: home), directory: clone)
    #expect(outcome.status == 1, "\(outcome.errors)")
    let snapshot = try EmbeddedSnapshot.load(manifest: FileSystem.join(clone, "lists/snapshot/manifest.json"))
    let notice = ListsSelection.notice(snapshot, command: "screen", today: Clock.currentDay())
    #expect(outcome.errors.hasPrefix(notice), "\(outcome.errors)")
    #expect(outcome.errors.contains("embedded list snapshot of 2026-02-27") && outcome.errors.contains("days old"))
    #expect(outcome.output.contains("un:QDe.004"), "\(outcome.output)")

    // Audit data names the snapshot as the list source (the second run reuses the saved index).
    let json = CLIRunner.run(
      arguments + ["--format", "json"], program: binary, environment: CLIRunner.freshUserEnvironment(home: home))
    #expect(json.status == 1, "\(json.errors)")
    #expect(json.errors.hasPrefix(notice), "\(json.errors)")
    let origin = try #require(try JSONParser.parseDocument(json.stdout[...])["run"]?["lists_origin"])
    #expect(origin["kind"] == .string("embedded-snapshot") && origin["date"] == .string("2026-02-27"))
    #expect(origin["manifest"] == .string(snapshot.manifestPath))
    #expect(origin["age_days"]?.number == Double(snapshot.ageDays()))
  }

  @Test("An installed binary finds the snapshot in ../share/sanctions; `lists` counts equal those of the same files in ../shared/lists")
  func installedLayoutListsCounts() throws {
    let folder = CLIRunner.temporaryFolder("snapshot-test")
    defer { try? FileSystem.removeTree(folder) }
    let prefix = FileSystem.join(folder, "usr")
    let binary = FileSystem.join(prefix, "bin/sanctions")
    try copyExecutable(CLIRunner.binary, to: binary)
    let data = FileSystem.join(prefix, "share/sanctions")
    // As the README installs it: mkdir -p …/share/sanctions && cp -R lists/sources.json lists/snapshot …/share/sanctions/
    let made = try ChildProcess.run("mkdir", arguments: ["-p", data])
    let copied = try ChildProcess.run(
      "cp", arguments: ["-R"] + ["sources.json", "snapshot"].map { FileSystem.join(CLIRunner.packageRoot, "lists/\($0)") } + [data])
    #expect(made.exitStatus == 0 && copied.exitStatus == 0, "\(copied.standardErrorText)")
    let home = FileSystem.join(folder, "home")
    mkdir(home, 0o700)

    let fromSnapshot = CLIRunner.run(
      ["lists", "--format", "json"], program: binary, environment: CLIRunner.freshUserEnvironment(home: home))
    #expect(fromSnapshot.status == 0, "\(fromSnapshot.errors)")
    #expect(fromSnapshot.errors.contains("embedded list snapshot of 2026-02-27") && fromSnapshot.errors.contains(data))

    let snapshot = try EmbeddedSnapshot.load(manifest: FileSystem.join(data, "snapshot/manifest.json"))
    let shared = snapshot.files.map { file in
      let relative = String(file.path.dropFirst(FileSystem.join(data, "snapshot/").utf8.count))
      return FileSystem.join(CLIRunner.lists, Self.upstream[relative] ?? relative)
    }
    let fromShared = CLIRunner.run(["lists", "--format", "json"] + shared.flatMap { ["--lists", $0] })
    #expect(fromShared.status == 0, "\(fromShared.errors)")
    let counted = try counts(fromSnapshot.stdout)
    #expect(counted.count == 7)
    #expect(counted == (try counts(fromShared.stdout)))
  }

  /// Per list source: format, records, entities, screened, entities by type and names by kind.
  private func counts(_ json: [UInt8]) throws -> [String] {
    guard case .array(let reports) = try JSONParser.parseDocument(json[...]) else { throw SnapshotTestError("not an array") }
    return reports.map { report in
      ["source", "format", "records", "entities", "screened", "superseded", "by_type", "names"]
        .map { "\($0)=\(String(describing: report[$0]))" }.joined(separator: " ")
    }
  }

  private func copyExecutable(_ source: String, to destination: String) throws {
    let made = try ChildProcess.run("install", arguments: ["-D", "-m", "755", source, destination])
    #expect(made.exitStatus == 0, "\(made.standardErrorText)")
  }

  /// Splits a shell command's arguments: words separated by spaces, double-quoted words kept whole.
  private func shellWords(_ text: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var inWord = false
    for character in text {
      switch character {
      case "\"": quoted.toggle(); inWord = true
      case " " where !quoted:
        if inWord { words.append(current) }
        current = ""
        inWord = false
      default: current.append(character); inWord = true
      }
    }
    if quoted { throw SnapshotTestError("unbalanced quote in \(text)") }
    if inWord { words.append(current) }
    return words
  }
}

struct SnapshotTestError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
