import Testing

/// Input ids come back as their original JSON text: strings (with their
/// escapes re-quoted) and integers digit for digit; any other id is answered
/// with an error object in its place and the run ends with status 2.
@Suite("Ids echoed as written")
struct IDEchoTests {
  static let goodIDs = [
    #"9007199254740993"#, #"-42"#, #"-0"#, #"123456789012345678901234567890"#,
    #""tab\there \"quoted\" \\ é""#,
  ]
  static let badIDs = [#"1e400"#, #"1.5"#, #"2E3"#, #"true"#, #"[1]"#, #"{"a":1}"#]

  static func input(_ ids: [String], key: String) -> [UInt8] {
    Array(ids.map { "{\"id\":\($0),\(key)}\n" }.joined().utf8)
  }

  @Test("screen --input jsonl echoes integer and string ids exactly")
  func screenGoodIDs() {
    let outcome = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--input", "jsonl", "--format", "jsonl"],
      input: Self.input(Self.goodIDs, key: #""name":"Patricia Lucas Wheeler""#))
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(outcome.lines.count == Self.goodIDs.count)
    for (line, id) in zip(outcome.lines, Self.goodIDs) {
      let expected = id.hasPrefix("\"") ? #""tab\there \"quoted\" \\ é""# : id
      #expect(line == "{\"id\":\(expected),\"matches\":[]}")
    }
  }

  @Test("screen --input jsonl answers other ids with error objects and exits 2")
  func screenBadIDs() {
    let outcome = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--input", "jsonl", "--format", "jsonl"],
      input: Self.input(Self.badIDs + ["\"ok\""], key: #""name":"Patricia Lucas Wheeler""#))
    #expect(outcome.status == 2)
    #expect(outcome.lines.count == Self.badIDs.count + 1)
    for line in outcome.lines.dropLast() {
      #expect(line == #"{"id":null,"matches":[],"error":"field \"id\" must be a string or an integer"}"#)
    }
    #expect(outcome.lines.last == #"{"id":"ok","matches":[]}"#)
  }

  @Test("compare --input jsonl echoes good ids and refuses bad ones")
  func compareIDs() {
    let ids = ["9007199254740993", "-7"] + Self.badIDs
    let outcome = CLIRunner.run(
      ["compare", "--input", "jsonl", "--format", "jsonl"],
      input: Self.input(ids, key: #""a":"Usama bin Ladin","b":"Patricia Wheeler","type":"person""#))
    #expect(outcome.status == 2)
    #expect(outcome.lines.count == ids.count)
    #expect(outcome.lines[0].hasPrefix(#"{"id":9007199254740993,"score":"#))
    #expect(outcome.lines[1].hasPrefix(#"{"id":-7,"score":"#))
    for line in outcome.lines.dropFirst(2) {
      #expect(line == #"{"id":null,"score":0,"error":"field \"id\" must be a string or an integer"}"#)
    }
  }
}
