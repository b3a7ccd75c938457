import Foundation
import Testing

@testable import SanctionsSupport

/// JSON text written by ``JSONWriter``: valid, escaped, read back to the values written (by our
/// parser and by Foundation's).
@Suite struct JSONWriterTests {
  private func foundationValue(_ bytes: [UInt8]) throws -> NSObject {
    try #require(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? NSObject)
  }

  @Test func stringsAreEscaped() throws {
    let texts = ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r\u{08}\u{0C}", "\u{01}\u{1F}\u{7F}", "é 中 🙂 /slash", ""]
    for text in texts {
      var json = JSONWriter()
      json.string(text)
      #expect(try foundationValue(json.bytes) as? String == text)
      #expect(try JSONParser.parseDocument(json.bytes[...]) == .string(text))
    }
  }

  @Test func numbers() throws {
    for value in [0, 1, 0.03, -0.25, 0.9041860103607178, 1e-7, 123456.5, 1e20] {
      var json = JSONWriter()
      json.number(value)
      #expect(Double(String(decoding: json.bytes, as: UTF8.self)) == value)
      #expect(try JSONParser.parseDocument(json.bytes[...]).number == value)
    }
    var json = JSONWriter()
    json.beginArray()
    json.number(1)
    json.number(.nan)
    json.integer(-7)
    json.endArray()
    #expect(String(decoding: json.bytes, as: UTF8.self) == "[1,null,-7]")
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
    json.key("e")
    json.stringLists(["z": ["1"], "y": []])
    json.endObject()
    #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"a":[],"b":[{},["x","y"]],"d":true,"e":{"y":[],"z":["1"]}}"#)
  }
}
