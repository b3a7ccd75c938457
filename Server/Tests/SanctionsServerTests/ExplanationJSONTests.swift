import Foundation
import SanctionsScreening
import SanctionsSupport
import Testing

@testable import SanctionsServer

/// Explanations in the answers: the same values the engine's `Codable` form writes.
@Suite struct ExplanationJSONTests {
  private func parsed(_ bytes: [UInt8]) throws -> NSObject {
    try #require(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? NSObject)
  }

  /// The explanation as the engine's own `Codable` form writes it, penalties included.
  @Test func explanationsMatchTheirCodableForm() throws {
    let screener = Fixtures.screener
    for name in ["Viktor BOUTIN", "Golden Crescent Trading 2", "Blue Harbor", "V. B."] {
      let prepared = try screener.prepare(ScreeningQuery(name: name))
      for match in try screener.screen(prepared, threshold: 0.1, limit: 5) {
        let explanation = screener.explain(match, for: prepared)
        var json = JSONWriter()
        ExplanationJSON(explanation).write(to: &json)
        let expected = try JSONEncoder().encode(explanation)
        #expect(try parsed(json.bytes) == parsed(Array(expected)), "\(name)")
      }
    }
  }
}
