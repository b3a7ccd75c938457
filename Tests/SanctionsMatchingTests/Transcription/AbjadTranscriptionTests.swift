@testable import SanctionsMatching
import Testing

/// Written Arabic, Persian and Hebrew letters against Latin spellings.
@Suite("Abjad transcription")
struct AbjadTranscriptionTests {
  func similarity(_ written: String, _ latin: String) -> Float {
    AbjadTranscription.similarity(AbjadLetters.codes(of: written), Array(latin.utf8))
  }

  @Test("the usual romanizations transcribe the letters", arguments: [
    ("محمد", "muhammad"), ("محمد", "mohamed"), ("فاضلیان", "fazelian"), ("حیدری", "heidari"),
    ("البذالي", "albathali"), ("الرحمن", "arrahman"), ("شهر", "shahr"), ("نتنياهو", "netanyahu"),
    ("בנימין", "binyamin"),
  ])
  func transcriptions(_ pair: (String, String)) {
    #expect(similarity(pair.0, pair.1) >= 0.84, "\(pair.0) / \(pair.1)")
  }

  @Test("a written letter never vanishes or turns into another for free", arguments: [
    ("امیر", "omar"), ("شامل", "samer"), ("کیوان", "kavian"), ("حسین", "hasan"),
  ])
  func mismatches(_ pair: (String, String)) {
    #expect(similarity(pair.0, pair.1) < 0.8, "\(pair.0) / \(pair.1)")
  }

  @Test func shortWordsTranscribeLessCertainly() {
    // Three letters without their vowels fit many names.
    #expect(similarity("قرش", "qarsh") <= 0.84)
    #expect(similarity("کیومرث", "kiyumars") > 0.9)
  }
}
