import Glibc
import SanctionsSupport
import Testing

/// `sanctions diff`: text, JSON and CSV output and the diff(1) exit statuses, on written
/// FollowTheMoney fixtures and on the two real UN versions.
@Suite("diff command")
struct DiffCommandTests {
  static let oldList = """
    {"id":"P1","schema":"Person","properties":{"name":["Anna SMITH"],"birthDate":["1970-01-01"],"passportNumber":["P123"],"program":["TEST-1"]}}
    {"id":"P2","schema":"Person","properties":{"name":["Gone PERSON"]}}
    {"id":"C1","schema":"Company","properties":{"name":["Acme Trading Ltd"]}}
    """
  static let newList = """
    {"id":"C1","schema":"Company","properties":{"name":["ACME TRADING LTD"]}}
    {"id":"P1","schema":"Person","properties":{"name":["Anna SMITH","Anna \\"Nan\\" Smith, Jr"],"birthDate":["1971-01-01"],"program":["TEST-1","TEST-2"]}}
    {"id":"N1","schema":"Person","properties":{"name":["Doe, Jane"]}}
    """

  /// Runs `sanctions diff` on the two fixtures (plus `options`), in a folder removed afterwards.
  func runFixtures(_ options: [String], old: String = oldList, new: String = newList) -> CLIRunner.Outcome {
    let folder = CLIRunner.temporaryFolder("diff-cli")
    let paths = [FileSystem.join(folder, "old.jsonl"), FileSystem.join(folder, "new.jsonl")]
    defer {
      for path in paths { unlink(path) }
      rmdir(folder)
    }
    CLIRunner.write(Array((old + "\n").utf8), to: paths[0])
    CLIRunner.write(Array((new + "\n").utf8), to: paths[1])
    let outcome = CLIRunner.run(["diff"] + paths + options)
    // Paths vary per run: show them as OLD and NEW.
    return CLIRunner.Outcome(
      status: outcome.status,
      stdout: Array(outcome.output.replacing(paths[0], with: "OLD").replacing(paths[1], with: "NEW").utf8),
      stderr: outcome.stderr)
  }

  @Test("text: the files, the counts, then + / - / ~ lines; exit 1")
  func text() {
    let outcome = runFixtures([])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.isEmpty)
    #expect(
      outcome.output == """
        old: OLD (ftm, ftm-json, published not stated, 3 entities)
        new: NEW (ftm, ftm-json, published not stated, 3 entities)
        3 → 3 entities: 1 added, 1 removed, 1 changed, 1 unchanged
          names changed in 1 entity (+1, -0)
          identifiers changed in 1 entity (+0, -1)
          birth dates changed in 1 entity (+1, -1)
          programs changed in 1 entity (+1, -0)

        + ftm:N1  person  Doe, Jane
        - ftm:P2  person  Gone PERSON
        ~ ftm:P1  Anna SMITH  names +"Anna \\"Nan\\" Smith, Jr"; identifiers -"passport P123"; birth_dates -"1970-01-01" +"1971-01-01"; programs +"TEST-2"

        """)
  }

  @Test("--summary: the counts only")
  func summary() {
    let outcome = runFixtures(["--summary"])
    #expect(outcome.status == 1)
    #expect(outcome.lines.count == 7)
    #expect(outcome.lines.last == "  programs changed in 1 entity (+1, -0)")
  }

  @Test("csv: RFC 4180 rows, one per change, with a header")
  func csv() {
    let outcome = runFixtures(["--format", "csv"])
    #expect(outcome.status == 1)
    #expect(
      outcome.output == """
        change,id,source,type,name,field,removed,added\r
        added,ftm:N1,ftm,person,"Doe, Jane",,,\r
        removed,ftm:P2,ftm,person,Gone PERSON,,,\r
        changed,ftm:P1,ftm,person,Anna SMITH,names,,"Anna ""Nan"" Smith, Jr"\r
        changed,ftm:P1,ftm,person,Anna SMITH,identifiers,passport P123,\r
        changed,ftm:P1,ftm,person,Anna SMITH,birth_dates,1970-01-01,\r
        changed,ftm:P1,ftm,person,Anna SMITH,birth_dates,,1971-01-01\r
        changed,ftm:P1,ftm,person,Anna SMITH,programs,,TEST-2\r

        """)
    let counts = runFixtures(["--format", "csv", "--summary"])
    #expect(counts.output.hasPrefix("item,entities,added,removed\r\nadded,1,,\r\nremoved,1,,\r\nchanged,1,,\r\nunchanged,1,,\r\n"))
    #expect(counts.output.contains("\r\nbirth_dates,1,1,1\r\n"))
  }

  @Test("json: one document with both versions' files, the counts and the changes")
  func json() throws {
    let outcome = runFixtures(["--format", "json"])
    #expect(outcome.status == 1)
    let document = try JSONParser.parseDocument(outcome.stdout[...])
    #expect(document["old"]?["entities"]?.number == 3)
    #expect(document["new"]?["files"]?[0]?["path"]?.string == "NEW")
    #expect(document["new"]?["files"]?[0]?["source"]?.string == "ftm")
    #expect(document["new"]?["files"]?[0]?["published"] == .null)
    let summary = document["summary"]
    #expect(["added", "removed", "changed", "unchanged"].map { summary?[$0]?.number } == [1, 1, 1, 1])
    #expect(summary?["fields"]?["identifiers"]?["removed"]?.number == 1)
    #expect(document["not_compared"] == .array([]))
    let changes = document["changes"]?.array ?? []
    #expect(changes.map { $0["change"]?.string } == ["added", "removed", "changed"])
    #expect(changes.map { $0["id"]?.string } == ["ftm:N1", "ftm:P2", "ftm:P1"])
    #expect(changes[2]["fields"]?["names"]?["added"]?.strings == ["Anna \"Nan\" Smith, Jr"])
    #expect(changes[2]["fields"]?["birth_dates"]?["removed"]?.strings == ["1970-01-01"])
    let counts = try JSONParser.parseDocument(runFixtures(["--format", "json", "--summary"]).stdout[...])
    #expect(counts["changes"] == nil)
    #expect(counts["summary"]?["added"]?.number == 1)
  }

  @Test("no differences: exit 0, in every format")
  func noDifferences() {
    for format in ["text", "json", "csv"] {
      let outcome = runFixtures(["--format", format], new: Self.oldList)
      #expect(outcome.status == 0, "\(format)")
      #expect(outcome.stderr.isEmpty)
    }
    #expect(runFixtures([], new: Self.oldList).lines.last == "3 → 3 entities: no differences")
    #expect(runFixtures(["--format", "csv"], new: Self.oldList).output == "change,id,source,type,name,field,removed,added\r\n")
  }

  @Test("trouble: a missing path or an invalid list is exit 2 with one line naming the file")
  func trouble() {
    let missing = CLIRunner.run(["diff", CLIRunner.unList, "/nonexistent/list.xml"])
    #expect(missing.status == 2)
    #expect(missing.stdout.isEmpty)
    #expect(missing.errors == "sanctions diff: /nonexistent/list.xml: no such file or directory (the new version).\n")
    let invalid = runFixtures([], new: "{\"id\": oops")
    #expect(invalid.status == 2)
    #expect(invalid.errors.hasPrefix("sanctions diff: /tmp/sanctions-diff-cli-"))
    #expect(invalid.errors.contains("new.jsonl"))
    #expect(invalid.errors.filter { $0 == "\n" }.count == 1)
    let usage = CLIRunner.run(["diff", CLIRunner.unList])
    #expect(usage.status == 2)
    #expect(usage.errors.contains("sanctions diff OLD NEW"))
  }

  @Test("real UN versions: positional and --old/--new give the same counts; exit 1")
  func realUN() throws {
    let old = FileSystem.join(CLIRunner.lists, "un/consolidated_2024-11-30.xml")
    let outcome = CLIRunner.run(["diff", old, CLIRunner.unList, "--format", "json", "--summary"])
    #expect(outcome.status == 1)
    let document = try JSONParser.parseDocument(outcome.stdout[...])
    #expect(document["old"]?["files"]?[0]?["published"]?.string == "2024-11-30")
    #expect(document["new"]?["files"]?[0]?["published"]?.string == "2026-02-27")
    let summary = document["summary"]
    #expect(["added", "removed", "changed", "unchanged"].map { summary?[$0]?.number } == [130, 6, 105, 768])
    let named = CLIRunner.run(["diff", "--old", old, "--new", CLIRunner.unList, "--format", "json", "--summary"])
    #expect(named.status == 1)
    #expect(named.output == outcome.output)
  }
}

extension JSONValue {
  fileprivate subscript(index: Int) -> JSONValue? {
    guard case .array(let values) = self, values.indices.contains(index) else { return nil }
    return values[index]
  }

  fileprivate var array: [JSONValue]? {
    guard case .array(let values) = self else { return nil }
    return values
  }
}
