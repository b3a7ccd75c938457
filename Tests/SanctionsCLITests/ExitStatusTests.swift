import Testing

/// Exit statuses and error lines as the eval README's contract fixes them:
/// 0 no match, 1 at least one match, 2 error; a batch answers a line it
/// cannot read with an `error` object in its place and ends with status 2.
@Suite("Exit statuses and error lines")
struct ExitStatusTests {
  @Test("compare: a match exits 1, no match 0")
  func compareStatus() {
    let match = CLIRunner.run(["compare", "Usama bin Ladin", "Osama bin Laden", "--type", "person"])
    #expect(match.status == 1, "\(match.output)")
    #expect(match.stderr.isEmpty)
    let noMatch = CLIRunner.run(["compare", "Usama bin Ladin", "Patricia Lucas Wheeler", "--type", "person"])
    #expect(noMatch.status == 0, "\(noMatch.output)")
  }

  @Test("screen: a listed name exits 1 and names its entity, an unlisted one exits 0")
  func screenStatus() {
    let match = CLIRunner.run(["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--format", "json", "Ayman al-Zawahiri"])
    #expect(match.status == 1)
    #expect(match.output.contains("\"entity_id\":\"un:QDi.006\""))
    let noMatch = CLIRunner.run(["screen", "--lists", CLIRunner.unList, "--no-index-cache", "Patricia Lucas Wheeler"])
    #expect(noMatch.status == 0)
    #expect(noMatch.output == "Patricia Lucas Wheeler: no match\n")
  }

  @Test("compare batch: a bad JSON line is an error object in its place, named on stderr, and exit 2")
  func compareBadLine() {
    let input = Array(
      """
      {"id":"p1","a":"Usama bin Ladin","b":"Osama bin Laden","type":"person"}
      {"id":"p2","a": oops}
      {"id":"p3","a":"Usama bin Ladin","b":"Patricia Wheeler","type":"person"}

      """.utf8)
    let outcome = CLIRunner.run(["compare", "--input", "jsonl", "--format", "jsonl"], input: input)
    #expect(outcome.status == 2)
    #expect(outcome.lines.count == 3)
    #expect(outcome.lines[0].hasPrefix("{\"id\":\"p1\",\"score\":"))
    #expect(outcome.lines[1] == #"{"id":null,"score":0,"error":"invalid JSON at column 17: unexpected character 'o'"}"#)
    #expect(outcome.lines[2].hasPrefix("{\"id\":\"p3\",\"score\":"))
    #expect(outcome.errors == "sanctions compare: standard input, line 2: invalid JSON at column 17: unexpected character 'o'\n")
  }

  @Test("screen batch: bad lines are error objects in place, named on stderr, and exit 2")
  func screenBadLine() {
    let input = Array(
      """
      {"id":"q1","name":"Ayman al-Zawahiri","type":"person"}
      {"id":"q2","name":"Patricia Lucas Wheeler","type":"persn"}
      not json
      {"id":"q4","name":"Patricia Lucas Wheeler"}

      """.utf8)
    let outcome = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--no-index-cache", "--input", "jsonl", "--format", "jsonl"], input: input)
    #expect(outcome.status == 2)
    #expect(outcome.lines.count == 4)
    #expect(outcome.lines[0].hasPrefix("{\"id\":\"q1\",\"matches\":[{\"entity_id\":\"un:QDi.006\""))
    #expect(
      outcome.lines[1]
        == #"{"id":"q2","matches":[],"error":"field \"type\" must be one of person, organization, vessel, aircraft, any"}"#)
    #expect(outcome.lines[2] == #"{"id":null,"matches":[],"error":"invalid JSON at column 1: invalid literal (expected null)"}"#)
    #expect(outcome.lines[3] == #"{"id":"q4","matches":[]}"#)
    #expect(
      outcome.errors == """
        sanctions screen: standard input, line 2: field "type" must be one of person, organization, vessel, aircraft, any
        sanctions screen: standard input, line 3: invalid JSON at column 1: invalid literal (expected null)

        """)
  }

  @Test("A usage error exits 2 with a message")
  func usageError() {
    let outcome = CLIRunner.run(["compare", "only one name"])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.errors.hasPrefix("sanctions: "))
  }
}
