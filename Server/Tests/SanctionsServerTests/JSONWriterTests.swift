import Foundation
import SanctionsScreening
import Testing

@testable import SanctionsServer

/// The answers' JSON text: valid, escaped, and the same values `JSONEncoder` would write.
@Suite struct JSONWriterTests {
  private func parsed(_ bytes: [UInt8]) throws -> NSObject {
    try #require(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? NSObject)
  }

  @Test func stringsAreEscaped() throws {
    let texts = ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r\u{08}\u{0C}", "\u{01}\u{1F}\u{7F}", "é 中 🙂 /slash", ""]
    for text in texts {
      var json = JSONWriter()
      json.string(text)
      #expect(try parsed(json.bytes) as? String == text)
    }
  }

  @Test func numbers() throws {
    for value in [0, 1, 0.03, -0.25, 0.9041860103607178, 1e-7, 123456.5, 1e20] {
      var json = JSONWriter()
      json.number(value)
      #expect(Double(String(decoding: json.bytes, as: UTF8.self)) == value)
    }
    var json = JSONWriter()
    json.beginArray()
    json.number(1)
    json.number(.nan)
    json.endArray()
    #expect(String(decoding: json.bytes, as: UTF8.self) == "[1,null]")
  }

  @Test func nestedContainers() throws {
    var json = JSONWriter()
    json.beginObject()
    json.field("a", [String]())
    json.key("b")
    json.beginArray()
    json.beginObject()
    json.endObject()
    json.strings(["x", "y"])
    json.endArray()
    json.field("c", nil as String?)
    json.field("d", true)
    json.endObject()
    #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"a":[],"b":[{},["x","y"]],"d":true}"#)
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
