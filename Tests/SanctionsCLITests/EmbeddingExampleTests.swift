import SanctionsSupport
import Testing

/// The README's embedding example (`Examples/ScreeningExample/main.swift`):
/// it runs as documented, and the README shows exactly its code.
@Suite("The embedding example")
struct EmbeddingExampleTests {
  /// `ScreeningExample` beside `sanctions` in the build folder.
  static let binary = FileSystem.join(FileSystem.directoryName(CLIRunner.binary), "ScreeningExample")
  static let source = FileSystem.join(CLIRunner.packageRoot, "Examples/ScreeningExample/main.swift")
  static let readme = FileSystem.join(CLIRunner.packageRoot, "README.md")

  @Test("It screens a name on the UN list: the ranked match, its explanation and the match as JSON")
  func screensAndExplains() throws {
    let outcome = CLIRunner.run(
      [CLIRunner.unList, "--", "Aiman al-Zawahri", "Patricia Lucas Wheeler"], program: Self.binary)
    #expect(outcome.status == 0, "\(outcome.errors)")
    let lines = outcome.lines
    #expect(lines.first?.hasPrefix("1003 entities, ") == true, "\(outcome.output)")
    // The match line (score, id, name, list) and the explanation under it.
    let matchLine = try #require(lines.firstIndex { $0.contains("  un:QDi.006  ") }, "\(outcome.output)")
    #expect(lines[matchLine].contains("(UN Security Council Consolidated List, person, "))
    #expect(lines[matchLine + 1].hasPrefix("    score 0."), "\(outcome.output)")
    #expect(lines[matchLine + 2].contains("aiman ~ ayman"), "\(outcome.output)")
    #expect(outcome.output.contains("Patricia Lucas Wheeler: 0 match(es)\n"))

    // Exactly one JSON line (the unlisted name has no best match), with the CLI's field names.
    let jsonLines = lines.filter { $0.hasPrefix("{") }
    #expect(jsonLines.count == 1, "\(outcome.output)")
    let json = try JSONParser.parseDocument(ArraySlice(Array(try #require(jsonLines.first).utf8)))
    #expect(json["entity_id"] == .string("un:QDi.006"))
    #expect(json["source"] == .string("un-sc"))
    #expect(json["type"] == .string("person"))
    #expect(json["name_kind"] == .string("aka"))
    #expect(json["name"]?.string?.contains("Zawah") == true)
    let score = try #require(json["score"]?.string.flatMap(Double.init))
    #expect(score >= 0.8 && score <= 1)
    #expect(json["adjustments"] == .array([]))
  }

  @Test("Without list paths and names it prints its usage and exits 2")
  func usage() {
    let outcome = CLIRunner.run([CLIRunner.unList], program: Self.binary)
    #expect(outcome.status == 2)
    #expect(outcome.output == "usage: ScreeningExample LIST_PATH... -- NAME...\n")
  }

  /// Fails until the README's embedding section (written in the notes for
  /// the lead to paste) holds the example: the README must show the code
  /// that this suite builds and runs, verbatim.
  @Test("README.md shows the example's code verbatim in a swift block")
  func readmeShowsTheExample() throws {
    let code = String(decoding: CLIRunner.read(Self.source), as: UTF8.self)
    #expect(!code.isEmpty, "cannot read \(Self.source)")
    let readme = String(decoding: CLIRunner.read(Self.readme), as: UTF8.self)
    let blocks = Self.swiftBlocks(in: readme)
    let shown = blocks.contains(code)
    #expect(
      shown,
      "README.md has no ```swift block equal to Examples/ScreeningExample/main.swift (\(blocks.count) swift blocks)")
  }

  /// The contents of the fenced ```swift blocks of a Markdown text, each
  /// with its lines' newlines.
  static func swiftBlocks(in markdown: String) -> [String] {
    var blocks: [String] = []
    var current: String? = nil
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil {
        if line == "```swift" { current = "" }
      } else if line == "```" {
        blocks.append(current!)
        current = nil
      } else {
        current! += line + "\n"
      }
    }
    return blocks
  }
}
