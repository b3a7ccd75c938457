import Glibc
import SanctionsSupport
import Testing

/// `screen --since OLD` equals a full screening against the new lists minus
/// the matches a full screening against OLD already gave (same party, same
/// or higher score), proved on real list versions: UN 2024-11-30 →
/// 2026-02-27, beside OFAC SDN 2024-05-03 in both, with the 2,000 queries of
/// dev_mutations.jsonl.
@Suite("Delta screening (--since)")
struct DeltaScreeningTests {
  private static let oldUN = FileSystem.join(CLIRunner.lists, "un/consolidated_2024-11-30.xml")
  private static let sdn = FileSystem.join(CLIRunner.lists, "ofac_sdn/2024-05-03/sdn.csv")

  /// One output line: the query id and its matches (party record ids, score as printed).
  struct Answer: Equatable {
    var id: String
    var matches: [(records: Set<String>, entity: String, score: Double)]
    static func == (a: Answer, b: Answer) -> Bool {
      a.id == b.id && a.matches.map(\.entity) == b.matches.map(\.entity) && a.matches.map(\.score) == b.matches.map(\.score)
    }
  }

  private static func answers(_ outcome: CLIRunner.Outcome) throws -> [Answer] {
    try outcome.lines.map { line in
      let value = try JSONParser.parseDocument(Array(line.utf8)[...])
      guard case .string(let id)? = value["id"], case .array(let matches)? = value["matches"] else {
        throw ParseFailure(line: String(line))
      }
      return Answer(
        id: id,
        matches: try matches.map { match in
          guard case .string(let entity)? = match["entity_id"], let score = match["score"]?.number,
            case .array(let records)? = match["records"]
          else { throw ParseFailure(line: String(line)) }
          let ids = records.compactMap { record -> String? in
            if case .string(let id)? = record["entity_id"] { return id } else { return nil }
          }
          return (Set(ids), entity, score)
        })
    }
  }

  struct ParseFailure: Error { var line: String }

  @Test("Delta output = full(new) − full(old) on 2,000 queries, and it is not trivial")
  func equality() throws {
    let cache = CLIRunner.temporaryFolder("delta")
    defer { _ = try? FileSystem.removeTree(cache) }
    let queries = CLIRunner.evalLines("dev_mutations.jsonl", count: 2_000)
    let common = ["--input", "jsonl", "--format", "jsonl", "--index-cache", cache]
    let new = CLIRunner.run(["screen", "--lists", CLIRunner.unList, "--lists", Self.sdn] + common, input: queries)
    let old = CLIRunner.run(["screen", "--lists", Self.oldUN, "--lists", Self.sdn] + common, input: queries)
    let delta = CLIRunner.run(
      ["screen", "--lists", CLIRunner.unList, "--lists", Self.sdn, "--since", Self.oldUN, "--since", Self.sdn] + common,
      input: queries)
    #expect(new.status == 1 && old.status == 1, "\(new.errors) \(old.errors)")
    let newAnswers = try Self.answers(new)
    let oldAnswers = try Self.answers(old)
    let deltaAnswers = try Self.answers(delta)
    #expect(newAnswers.count == 2_000 && oldAnswers.count == 2_000 && deltaAnswers.count == 2_000)
    var expected: [Answer] = []
    for (newAnswer, oldAnswer) in zip(newAnswers, oldAnswers) {
      var kept = newAnswer
      kept.matches = newAnswer.matches.filter { match in
        !oldAnswer.matches.contains { $0.score >= match.score && !$0.records.isDisjoint(with: match.records) }
      }
      expected.append(kept)
    }
    #expect(deltaAnswers == expected)
    let newCount = newAnswers.reduce(0) { $0 + $1.matches.count }
    let deltaCount = deltaAnswers.reduce(0) { $0 + $1.matches.count }
    // Real changes between the versions: some hits are new, most are not.
    #expect(deltaCount > 0)
    #expect(deltaCount < newCount / 4)
    #expect(delta.status == 1)
  }
}
