import Glibc
import SanctionsScreening
import SanctionsSupport
import Testing

@testable import SanctionsCLI

/// Standalone index files (`sanctions index build --out`, `screen --index`) and strict batch
/// lines: what a cluster needs to screen partitions with results identical to one process.
@Suite("Standalone index files and strict lines")
struct IndexFileTests {
  /// A listed name and 300 queries from the evaluation sets: mutations of listed names and names of nobody listed.
  static func queries() throws -> [UInt8] {
    var lines = ["{\"id\":\"listed\",\"name\":\"Usama bin Ladin\"}"]
    for set in ["dev_mutations.jsonl", "dev_negatives.jsonl"] {
      let text = String(decoding: try FileSystem.readAllBytes(FileSystem.join(CLIRunner.eval, set)), as: UTF8.self)
      for (number, line) in text.split(separator: "\n").prefix(150).enumerated() {
        let name = try #require(try JSONParser.parseDocument(Array(line.utf8)[...])["name"]?.string)
        lines.append("{\"id\":\(JSONText.quoted("\(set):\(number)")),\"name\":\(JSONText.quoted(name))}")
      }
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  @Test("An index built in one folder and copied to another (new path and times, no lists, a copied binary) screens identically")
  func relocatedIndexScreensIdentically() throws {
    let folder = CLIRunner.temporaryFolder("index-file")
    defer { try? FileSystem.removeTree(folder) }
    let built = FileSystem.join(folder, "built")
    let elsewhere = FileSystem.join(folder, "elsewhere")
    mkdir(built, 0o700)
    mkdir(elsewhere, 0o700)
    let list = FileSystem.join(built, "consolidated.xml")
    CLIRunner.write(try FileSystem.readAllBytes(CLIRunner.unList), to: list)
    let index = FileSystem.join(built, "un.sidx")
    let build = CLIRunner.run(["index", "build", "--lists", list, "--out", index])
    #expect(build.status == 0, "\(build.errors)")
    #expect(build.errors.contains("wrote \(index): 1003 entities from 1 list file"), "\(build.errors)")

    let input = try Self.queries()
    let arguments = ["--input", "jsonl", "--format", "jsonl", "--workers", "2"]
    let direct = CLIRunner.run(["screen", "--lists", list] + arguments, input: input)
    #expect(direct.status == 1, "\(direct.errors)")

    // Copy the index and the binary elsewhere (new inodes and times), then remove the lists.
    let copiedIndex = FileSystem.join(elsewhere, "copy.sidx")
    let copiedBinary = FileSystem.join(elsewhere, "sanctions")
    for (source, target) in [(index, copiedIndex), (CLIRunner.binary, copiedBinary)] {
      let copied = try ChildProcess.run("cp", arguments: [source, target])
      #expect(copied.exitStatus == 0, "\(copied.standardErrorText)")
    }
    try FileSystem.removeTree(built)
    let home = FileSystem.join(folder, "home")
    mkdir(home, 0o700)
    let relocated = CLIRunner.run(
      ["screen", "--index", copiedIndex] + arguments, input: input, program: copiedBinary,
      environment: CLIRunner.freshUserEnvironment(home: home))
    #expect(relocated.status == 1, "\(relocated.errors)")
    #expect(relocated.stdout == direct.stdout)
    #expect(relocated.errors.isEmpty, "\(relocated.errors)")
    #expect(CLIRunner.read(copiedIndex).count > 0 && FileSystem.kind(of: FileSystem.join(home, ".cache")) == .missing)

    // Audit data names the index file and still carries the lists' hashes.
    let json = CLIRunner.run(["screen", "--index", copiedIndex, "--format", "json", "Usama bin Ladin"], program: copiedBinary)
    let run = try #require(try JSONParser.parseDocument(json.stdout[...])["run"])
    #expect(run["lists_origin"]?["kind"] == .string("index-file"))
    #expect(run["lists_origin"]?["path"] == .string(copiedIndex))
    guard case .array(let lists)? = run["lists"] else { throw SnapshotTestError("no lists") }
    #expect(lists.first?["sha256"] == .string(try SHA256.hash(file: CLIRunner.unList).digest.hexadecimal))
    let info = CLIRunner.run(["index", "info", copiedIndex], program: copiedBinary)
    #expect(info.status == 0 && info.output.contains("\"entities\":1003"), "\(info.output)\(info.errors)")
  }

  @Test("A damaged or foreign-version index file is an error (exit 2) naming the file")
  func damagedAndForeignIndex() throws {
    let folder = CLIRunner.temporaryFolder("index-file")
    defer { try? FileSystem.removeTree(folder) }
    let index = FileSystem.join(folder, "un.sidx")
    #expect(CLIRunner.run(["index", "build", "--lists", CLIRunner.unList, "--out", index]).status == 0)
    let good = CLIRunner.read(index)

    var damaged = good
    damaged[good.count / 2] ^= 0xFF
    let damagedPath = FileSystem.join(folder, "damaged.sidx")
    CLIRunner.write(damaged, to: damagedPath)
    var foreign = good
    foreign[8] = 99  // the format version (after the 8-byte magic)
    let foreignPath = FileSystem.join(folder, "foreign.sidx")
    CLIRunner.write(foreign, to: foreignPath)
    let missingPath = FileSystem.join(folder, "missing.sidx")

    for (path, words) in [(damagedPath, "is damaged"), (foreignPath, "another build of the engine or another index format"),
                          (missingPath, "no such index file")] {
      let outcome = CLIRunner.run(["screen", "--index", path, "Usama bin Ladin"])
      #expect(outcome.status == 2)
      #expect(outcome.stdout.isEmpty)
      #expect(outcome.errors.contains(path) && outcome.errors.contains(words), "\(outcome.errors)")
      #expect(outcome.errors.split(separator: "\n").count == 1, "\(outcome.errors)")
    }
    let both = CLIRunner.run(["screen", "--index", index, "--lists", CLIRunner.unList, "x"])
    #expect(both.status == 2 && both.errors.contains("--index"), "\(both.errors)")
  }

  @Test("--strict-lines answers every line, a blank one with an error; without it blank lines are skipped")
  func strictLines() {
    let input = Array("{\"id\":1,\"name\":\"Usama bin Ladin\"}\n\n   \n{\"id\":4,\"name\":\"Jane Doe\"}\n".utf8)
    let strict = CLIRunner.run(["screen", "--lists", CLIRunner.unList, "--input", "jsonl", "--strict-lines"], input: input)
    #expect(strict.status == 2)
    #expect(strict.lines.count == 4, "\(strict.output)")
    #expect(strict.lines[0].hasPrefix("{\"id\":1,\"matches\":[{"))
    #expect(strict.lines[1].contains("\"error\":\"blank line"), "\(strict.lines[1])")
    #expect(strict.lines[2].contains("\"error\":\"blank line"), "\(strict.lines[2])")
    #expect(strict.lines[3] == "{\"id\":4,\"matches\":[]}")
    let text = CLIRunner.run(["screen", "--lists", CLIRunner.unList, "--format", "jsonl", "--strict-lines"], input: Array("a\n\nb\n".utf8))
    #expect(text.lines.count == 3 && text.status == 2, "\(text.output)")
    let lenient = CLIRunner.run(["screen", "--lists", CLIRunner.unList, "--input", "jsonl"], input: input)
    #expect(lenient.status == 1)
    #expect(lenient.lines.count == 2)
  }
}
