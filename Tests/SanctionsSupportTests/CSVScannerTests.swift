import SanctionsSupport
import Testing

@Suite("CSV scanning and writing")
struct CSVScannerTests {
  private func scan(_ text: String) throws(CSVSyntaxError) -> [String] {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { (buffer) throws(CSVSyntaxError) -> [String] in
      var position = 0
      var fields: [CSVField] = []
      _ = try CSVScanner.scanRecord(buffer, position: &position, into: &fields)
      return fields.map { String(decoding: CSVScanner.bytes(of: $0, in: buffer), as: UTF8.self) }
    }
  }

  @Test("Quoted fields keep commas, doubled quotes and line breaks")
  func quoted() throws {
    #expect(try scan("1,\"KHAN, Karim\",\"say \"\"hi\"\"\",\"a\nb\"\r\n") == ["1", "KHAN, Karim", "say \"hi\"", "a\nb"])
    #expect(try scan("a,,") == ["a", "", ""])
  }

  @Test("An unclosed quote and text after a closing quote are errors")
  func errors() {
    #expect(throws: CSVSyntaxError.self) { try scan("1,\"open") }
    #expect(throws: CSVSyntaxError.self) { try scan("1,\"x\"y,2") }
  }

  @Test("Written fields read back as they were")
  func roundTrip() throws {
    let fields = ["plain", "with, comma", "with \"quote\"", "line\nbreak", " padded ", ""]
    let record = CSVText.record(fields)
    #expect(try scan(record) == fields)
  }

  @Test("A record goes on while a quote is open")
  func openQuotes() {
    #expect(!CSVScanner.leavesQuoteOpen(Array("a,\"b,c\"".utf8)[...], open: false))
    #expect(CSVScanner.leavesQuoteOpen(Array("a,\"b".utf8)[...], open: false))
    #expect(!CSVScanner.leavesQuoteOpen(Array("c\",d".utf8)[...], open: true))
  }
}
