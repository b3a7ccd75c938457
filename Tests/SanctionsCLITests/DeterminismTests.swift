import Testing

/// The same input gives the same bytes on standard output and standard error,
/// in separate processes (each with its own random hash seed) and with any
/// number of workers.
@Suite("Deterministic output across processes and workers")
struct DeterminismTests {
  @Test("Children run with random hash seeds (SWIFT_DETERMINISTIC_HASHING unset)")
  func hashSeedsAreRandom() {
    let outcome = CLIRunner.run([], program: "/usr/bin/env")
    #expect(outcome.status == 0)
    #expect(outcome.output.contains("PATH="))
    #expect(!outcome.output.contains("SWIFT_DETERMINISTIC_HASHING"))
  }

  @Test("compare: 400 dev pairs give the same bytes in 3 processes, with 1 and 2 workers")
  func compareBatch() throws {
    let input = CLIRunner.evalLines("dev_pairs.jsonl", count: 400)
    let runs = [1, 2, 2].map { workers in
      CLIRunner.run(["compare", "--input", "jsonl", "--format", "jsonl", "--workers", "\(workers)"], input: input)
    }
    let first = try #require(runs.first)
    #expect(first.lines.count == 400)
    #expect(first.lines.allSatisfy { $0.hasPrefix("{\"id\":") && $0.contains("\"score\":") })
    #expect([0, 1].contains(first.status))
    for run in runs.dropFirst() {
      #expect(run.status == first.status)
      #expect(run.stdout == first.stdout)
      #expect(run.stderr == first.stderr)
    }
  }

  @Test("screen: 300 mutations and 300 negatives give the same bytes in 2 processes, with 1 and 2 workers")
  func screenBatch() throws {
    let input = CLIRunner.evalLines("dev_mutations.jsonl", count: 300) + CLIRunner.evalLines("dev_negatives.jsonl", count: 300)
    let runs = [1, 2].map { workers in
      CLIRunner.run(
        [
          "screen", "--lists", CLIRunner.unList, "--input", "jsonl", "--format", "jsonl", "--no-index-cache",
          "--workers", "\(workers)",
        ], input: input)
    }
    let first = try #require(runs.first)
    #expect(first.lines.count == 600)
    #expect(first.status == 1, "some mutated UN names are found")
    #expect(first.lines.contains { $0.contains("\"entity_id\":\"un:") })
    #expect(runs[1].status == first.status)
    #expect(runs[1].stdout == first.stdout)
    #expect(runs[1].stderr == first.stderr)
  }

  @Test("compare ESTATESSAS \"ESTATES SAS\" gives one answer in 12 processes")
  func gluedLegalForm() throws {
    let runs = (0..<12).map { _ in CLIRunner.run(["compare", "ESTATESSAS", "ESTATES SAS"]) }
    let first = try #require(runs.first)
    #expect(!first.stdout.isEmpty)
    for run in runs { #expect(run == first) }
  }
}
