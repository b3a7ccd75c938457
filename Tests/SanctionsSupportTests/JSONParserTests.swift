import SanctionsSupport
import Testing

@Suite("JSON parser")
struct JSONParserTests {
  func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parseDocument(Array(text.utf8)[...])
  }

  func syntaxError(_ text: String) -> JSONSyntaxError? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test("Objects keep member order; numbers keep their text")
  func values() throws {
    let value = try parse(#" {"b": [1, -0.5e+3, true, false, null], "a": {"x": ""}, "b": 2} "#)
    #expect(value.keys == ["b", "a", "b"])
    #expect(value["b"] == .array([.number("1"), .number("-0.5e+3"), .bool(true), .bool(false), .null]))
    #expect(value["b"]?.strings == ["1", "-0.5e+3", "true", "false"])
    #expect(value["a"]?["x"] == .string(""))
    #expect(value["b"]?.number == nil)
    #expect(try parse("-0.5e+3").number == -500)
    #expect(value["missing"] == nil)
  }

  @Test("Escapes decode, surrogate pairs included")
  func escapes() throws {
    let value = try parse(#""a\"b\\c\/d\b\f\n\r\t \u00e9\u0416 \ud83d\ude00 é""#)
    #expect(value == .string("a\"b\\c/d\u{8}\u{C}\n\r\t é\u{416} 😀 é"))
  }

  @Test("Errors name the line and byte column")
  func positions() {
    #expect(syntaxError("{\"a\": 1,\n  \"b\" 2}") == JSONSyntaxError(line: 2, column: 7, detail: "expected ':' after the key \"b\""))
    #expect(syntaxError("[1, 2") == JSONSyntaxError(line: 1, column: 6, detail: "unexpected end of input in an array (truncated?)"))
    #expect(syntaxError("{} x")?.detail == "unexpected data after the JSON value")
    #expect(syntaxError("{} x")?.column == 4)
    #expect(syntaxError("{\"id\":1}").map(\.descriptionInLine) == nil)
    #expect(syntaxError("{\"id\" 1}")?.descriptionInLine == "invalid JSON at column 7: expected ':' after the key \"id\"")
  }

  @Test("What RFC 8259 forbids is an error", arguments: [
    "01", "+1", ".5", "1.", "1e", "-", "[1,]", "{\"a\":1,}", "tru", "nul", "\"a\tb\"", "\"\\x\"",
    "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\u12G4\"", "\"abc", "", "   ", "{'a':1}",
  ])
  func rejects(_ text: String) {
    #expect(syntaxError(text) != nil, "\(text)")
  }

  @Test("Nesting is limited")
  func depth() throws {
    let deep = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
    #expect(syntaxError(deep) == nil)
    let tooDeep = "[" + deep + "]"
    #expect(syntaxError(tooDeep)?.detail.hasPrefix("nesting too deep") == true)
  }

  @Test("A range of a larger buffer is parsed on its own")
  func range() throws {
    let bytes = Array("xx{\"a\":[\"b\"]}yy".utf8)
    let value = try bytes.withUnsafeBufferPointer { buffer in
      try Result { () throws(JSONSyntaxError) -> JSONValue in
        var parser = JSONParser(buffer, range: 2..<13)
        return try parser.parseDocument()
      }.get()
    }
    #expect(value == .object([(key: "a", value: .array([.string("b")]))]))
  }

  @Test("Quoting round-trips through the parser")
  func quoting() throws {
    for text in ["plain", "quote \" backslash \\ slash /", "controls \u{0}\u{1}\u{1F}\n\r\t", "Ünïcødé 😀 مرحبا"] {
      let quoted = JSONText.quoted(text)
      #expect(try parse(quoted) == .string(text))
      #expect(!quoted.utf8.dropFirst().dropLast().contains { $0 < 0x20 })
    }
    #expect(JSONText.quoted("a\u{1}\"") == #""a\u0001\"""#)
  }
}
