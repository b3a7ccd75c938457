import SanctionsSupport
import Testing

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  func firstInvalid(_ bytes: [UInt8]) -> Int? { UTF8Validation.firstInvalidOffset(in: bytes[...]) }

  @Test("Valid text of every sequence length passes")
  func valid() {
    #expect(firstInvalid(Array("plain ASCII that is longer than eight bytes".utf8)) == nil)
    #expect(firstInvalid(Array("é Ж ह 😀 \u{10FFFF}".utf8)) == nil)
    #expect(firstInvalid([]) == nil)
    #expect(UTF8Validation.string(Array("Ж😀".utf8)[...]) == "Ж😀")
  }

  @Test("Malformed sequences are found at their first byte")
  func invalid() {
    #expect(firstInvalid([0x41, 0xC0, 0x80]) == 1)  // overlong
    #expect(firstInvalid([0x41, 0x42, 0xE0, 0x80, 0x80]) == 2)  // overlong
    #expect(firstInvalid([0xED, 0xA0, 0x80]) == 0)  // surrogate
    #expect(firstInvalid([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
    #expect(firstInvalid(Array("12345678".utf8) + [0xE2, 0x82]) == 8)  // truncated at the end
    #expect(firstInvalid([0x80]) == 0)  // lone continuation byte
    #expect(firstInvalid([0xC3, 0x41]) == 0)  // missing continuation
    #expect(UTF8Validation.string([0x61, 0xFF][...]) == nil)
  }

  @Test("Agrees with the standard library on random bytes")
  func agreesWithStandardLibrary() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    // Bytes biased towards UTF-8 structure: ASCII, lead and continuation bytes.
    let alphabet: [UInt8] = [0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0, 0xFF]
    for _ in 0..<20_000 {
      let length = Int(next() % 12)
      let bytes = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
      let reference = String(validating: bytes, as: UTF8.self) != nil
      #expect((firstInvalid(bytes) == nil) == reference, "\(bytes)")
    }
  }
}
