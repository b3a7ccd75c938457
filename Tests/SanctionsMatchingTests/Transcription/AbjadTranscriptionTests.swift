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
    ("امیر", "omar"), ("شامل", "samer"), ("کیوان", "kavian"), ("حسین", "hasan"), ("سارا", "sari"),
  ])
  func mismatches(_ pair: (String, String)) {
    #expect(similarity(pair.0, pair.1) < 0.8, "\(pair.0) / \(pair.1)")
  }

  @Test func shortWordsTranscribeLessCertainly() {
    // Three letters without their vowels fit many names.
    #expect(similarity("قرش", "qarsh") <= 0.84)
    #expect(similarity("کیومرث", "kiyumars") > 0.9)
  }

  @Test("long vowels: a final yeh may be an alif maqsura, a carrier before a long vowel and a doubled yeh may merge", arguments: [
    ("مرتضی", "morteza"), ("موسی", "musa"), ("عیسی", "issa"), ("ایمان", "iman"), ("میرزایی", "mirzai"),
    ("عزالدين", "ezzedine"),
  ])
  func longVowels(_ pair: (String, String)) {
    #expect(similarity(pair.0, pair.1) >= 0.84, "\(pair.0) / \(pair.1)")
  }

  @Test func theArticleIsLeftOutOnlyWhereItIsOne() {
    // `الشهابي` is al-Shihabi; `إلينا` (Elina) starts with a hamzated alif,
    // not the article, and is not `Jin`.
    #expect(similarity("الشهابي", "chehabi") > 0.9)
    #expect(similarity("إلينا", "jin") < 0.5)
    // A written long alif does not vanish cheaply (`الشايع` is not `Choe`):
    // far below a true transcription of a word of its length.
    #expect(similarity("الشايع", "choe") < 0.85)
    #expect(similarity("الشايع", "alshaye") > 0.9)
    // A heh inside a word is a consonant, in Arabic script and Hebrew
    // (`יהודה` is Yehuda, not `Joud`; `المهرة` is al-Mahra, not al-Amer).
    #expect(similarity("יהודה", "yehuda") > 0.9)
    #expect(similarity("יהודה", "joud") < 0.75)  // only through a mismatch
    #expect(similarity("المهرة", "alamer") < 0.8)
  }

  @Test func shortWordsAllowNoMismatch() {
    #expect(AbjadTranscription.keyHashes(ofLetters: AbjadLetters.codes(of: "ساجد"))?.allowsMismatch == false)
    #expect(AbjadTranscription.similarity(AbjadLetters.codes(of: "ساجد"), Array("said".utf8), allowsMismatch: false) == 0)
    #expect(AbjadTranscription.keyHashes(ofLetters: AbjadLetters.codes(of: "فاضلیان"))?.allowsMismatch == true)
  }

  @Test func soundClassesReadOneLetterAtATime() {
    // Unwritten vowels and doubled letters leave the classes unchanged, so a
    // Latin spelling has the classes of one choice of the letters' values.
    // (`h` has no class, so the two `m` collapse.)
    #expect(AbjadTranscription.soundClasses(Array("muhammad".utf8)) == Array("mT".utf8))
    #expect(AbjadTranscription.soundClasses(Array("mohamed".utf8)) == Array("mT".utf8))
    let choices = AbjadTranscription.soundClassChoices(AbjadLetters.codes(of: "محمد"))!
    #expect(choices.contains(Array("mT".utf8)))
    #expect(AbjadTranscription.soundClassChoices(AbjadLetters.codes(of: "الجولاني"))!.contains(Array("Cln".utf8)))
  }

  @Test func lettersWithoutKnownValuesAreNotTranscribed() {
    // A letter the table does not know leaves the word untranscribed
    // rather than being skipped.
    #expect(AbjadLetters.codes(of: "\u{6A0}\u{628}") == [])
    // Marks and the tatweel are skipped.
    #expect(AbjadLetters.codes(of: "مُحَمّـد") == AbjadLetters.codes(of: "محمد"))
  }
}
