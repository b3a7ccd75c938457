import Testing

@testable import SanctionsLists

/// The DOCTYPE's internal subset is read per the XML spec: `]>` inside a quoted entity value,
/// a comment or a processing instruction does not end it.
@Suite struct XMLDoctypeTests {
  static func root(_ text: String) throws(ListError) -> String? {
    try FormatDetector.rootElement(ByteBuffer(Array(text.utf8)), path: "doc.xml")
  }

  @Test func entityValueHoldingTheClosingBracket() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE CONSOLIDATED_LIST [
        <!ENTITY note "a ]> b">
        <!ENTITY other 'c ] d > e'>
        <!-- a comment with ]> inside -->
        <?pi also ]> here ?>
      ]>
      <CONSOLIDATED_LIST/>
      """
    #expect(try Self.root(text) == "CONSOLIDATED_LIST")
  }

  @Test func systemIdentifierWithAngleBracket() throws {
    #expect(try Self.root(#"<!DOCTYPE r SYSTEM "odd>name.dtd"><r/>"#) == "r")
    #expect(try Self.root("<!DOCTYPE r><r/>") == "r")
  }

  @Test func unterminatedSubsetIsAnError() {
    #expect(throws: ListError.self) { try Self.root(#"<!DOCTYPE r [ <!ENTITY e "x]>"#) }
    #expect(throws: ListError.self) { try Self.root("<!DOCTYPE r [ <!-- ]> ") }
  }
}
