import SanctionsSupport
import Testing

@Suite struct StringProtocolTrimmingTests {
  @Test func whiteSpaceAtBothEnds() {
    #expect("  Ann Smith \t\n".trimmingWhitespace == "Ann Smith")
    #expect("\u{00A0}\u{3000}Иван Петров\u{2003}".trimmingWhitespace == "Иван Петров")
    #expect("a  b".trimmingWhitespace == "a  b")
    #expect(" \r\n ".trimmingWhitespace == "")
    #expect("".trimmingWhitespace == "")
    let line = "x; y ;z"
    #expect(line.split(separator: ";").map(\.trimmingWhitespace) == ["x", "y", "z"])
  }
}
