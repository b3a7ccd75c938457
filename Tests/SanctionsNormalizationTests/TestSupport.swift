import Testing

@testable import SanctionsNormalization

let normalizer = NameNormalizer()

/// Checks that `name` normalizes to exactly `expected.count` tokens and that
/// each expected spelling is among the forms of the token at its position.
/// Expected spellings are what sanctions lists print for these names.
func expectTokens(
  _ name: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let normalized: NormalizedName
  do {
    normalized = try normalizer.normalize(name)
  } catch {
    Issue.record("\(name): \(error)", sourceLocation: sourceLocation)
    return
  }
  #expect(
    normalized.tokens.count == expected.count,
    "\(name) → \(describe(normalized))", sourceLocation: sourceLocation)
  for (token, spelling) in zip(normalized.tokens, expected) {
    #expect(
      token.forms.contains(spelling),
      "\(name): token '\(token.original)' has forms \(token.forms), expected '\(spelling)'",
      sourceLocation: sourceLocation)
  }
}

func describe(_ name: NormalizedName) -> String {
  name.tokens.map { $0.forms.joined(separator: "/") }.joined(separator: " ")
}

/// A name in a given script with the Latin spelling a list would print.
struct ScriptCase: CustomTestStringConvertible, Sendable {
  let name: String
  let tokens: [String]
  let script: NameScript
  init(_ name: String, _ latin: String, _ script: NameScript) {
    self.name = name
    self.tokens = latin.split(separator: " ").map(String.init)
    self.script = script
  }
  var testDescription: String { "\(name) → \(tokens.joined(separator: " "))" }
}
