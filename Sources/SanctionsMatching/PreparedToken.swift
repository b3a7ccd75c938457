import SanctionsNormalization

/// The part a token plays in a name.
enum TokenRole: UInt8, Sendable {
  /// A name part that identifies (given name, surname, distinctive word).
  case name
  /// A connecting particle (`bin`, `al`, `van`, `de`).
  case particle
  /// A stop word in an organization name (`of`, `the`, `and`).
  case stopWord
  /// A single letter standing for a name part (`J.` in `J. R. Smith`).
  case initial
  /// A number (`2` in `Ocean Star 2`): must agree exactly.
  case number
  /// An organization legal form (`LLC`, `ООО`): an equivalence class.
  case legalForm
}

/// One comparable unit: a token, or adjacent tokens joined (`sea`+`dragon`
/// for `Seadragon`).
package struct PreparedToken: Sendable {
  /// Romanized forms as bytes, preferred first.
  var forms: [[UInt8]]
  /// Phonetic key of each form.
  var keys: [[UInt8]]
  /// Class keys of the first two keys (see `PhoneticKeys.classKey`).
  var classKeys: [[UInt8]] = []
  var role: TokenRole
  /// Whether the token came from a script without written short vowels.
  var isAbjad: Bool
  /// Whether the token was written in Latin letters, not romanized from
  /// another script.
  var isLatinScript = false
  /// Whether the token is one syllable of a Chinese or Korean name: such
  /// syllables agree only exactly (in one of their romanizations).
  var isSyllable = false
  package var weight: Float
  /// Positions of the real tokens this unit covers (a bit per position).
  package var span: UInt32
  /// Number of real tokens covered.
  package var spanCount: Int
  /// How the token is shown in explanations.
  var display: String
  /// Whether the token is a generic word of organization names (`Bank`,
  /// `Trading`, `International`, or a translation of one such as `zavod`):
  /// support for a match, never the whole evidence.
  var isGeneric = false
  /// Whether the token is an abbreviation in an organization's name (a
  /// single letter, or up to three letters without a vowel: `TSK`, `NK`):
  /// left unmatched, it says little.
  var isAbbreviation = false
  /// The letters of a word written in an abjad, as `AbjadLetters` codes
  /// (empty for other words).
  var abjadLetters: [UInt8] = []
  /// Whether the transcription of `abjadLetters` may have one mismatch
  /// (every class string of its letters keeps three classes; see
  /// `AbjadTranscription.keyHashes(ofLetters:)`).
  var transcriptionAllowsMismatch = false
  /// The hashes (``FilterKey/hash(_:)``) of the sound-class keys of
  /// `abjadLetters`, sorted: the transcription's keys, and the test a Latin
  /// spelling must pass before it is aligned.
  var transcriptionKeyHashes: [UInt64] = []
  /// How `abjadLetters` are read in the transcription, made once.
  var transcriptionReading = AbjadTranscription.Reading()
  /// The script the unit was written in, as `SoundTranscription.scriptCode`
  /// (0 when mixed or unknown).
  var scriptCode: UInt8 = 0
  /// `scriptCode` when the unit is compared by its sounds with words of
  /// other scripts (`SoundTranscriptionRule`), else 0: single Chinese and
  /// Korean syllables are not, the whole run of them is.
  var soundScript: UInt8 = 0
  /// Whether the unit joins a whole run of Chinese or Korean syllables (a
  /// transcribed foreign name, `都柏林`): it is compared with joined units too.
  var isSyllableRun = false
  /// Whether the token is a syllable written right after the previous one,
  /// in one word.
  var continuesWord = false
  /// The sorted skeleton hashes (`SoundTranscription+Keys`) of a unit of a
  /// script other than Latin compared by sounds; empty otherwise.
  var soundKeyHashes: [UInt64] = []
  /// Given-name (or patronymic) equivalence group of any form; 0 for none.
  var nameGroup: UInt16 = 0
  /// Whether this is the last real token of its name (where truncation happens).
  var isLast = false
  /// Whether the token mixes letters and digits (a model or hull code such
  /// as `a320`): such codes agree only when identical.
  var isCode = false
  /// Consonant classes (and digits) present in any form or key, one bit
  /// each: a quick test that two tokens have nothing in common.
  var classBits: UInt32 = 0
  /// The first three bytes of the primary form (0 when shorter), and the
  /// number of forms: the quick rejection reads only these plain values.
  var primaryPrefix: UInt32 = 0
  var formCount: Int = 0

  var primary: [UInt8] { forms[0] }

  /// Whether an agreement of this token counts as a part of the name
  /// agreeing (particles, stop words and leftover legal-form words do not).
  var countsAsEvidence: Bool { role != .particle && role != .stopWord && role != .legalForm }
}

extension PreparedToken {
  /// Whether two joined units are compared: only when one joins a whole
  /// run of Chinese or Korean syllables (`布宜諾斯艾利斯` / `Buenos Aires`);
  /// other joined units meet only single tokens.
  @inline(__always)
  package static func comparesJoined(_ a: UnsafePointer<PreparedToken>, _ b: UnsafePointer<PreparedToken>) -> Bool {
    a.pointee.isSyllableRun || b.pointee.isSyllableRun
  }

  /// Where `unit`'s forms are stored: an address to prefetch before
  /// comparing it, never read through.
  @inline(__always)
  package static func formsAddress(of unit: UnsafePointer<PreparedToken>) -> UnsafeRawPointer? {
    unit.pointee.forms.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  /// Where `unit`'s first form's bytes are (read from its forms, which
  /// should be in cache by then): an address to prefetch, never read through.
  @inline(__always)
  package static func firstFormAddress(of unit: UnsafePointer<PreparedToken>) -> UnsafeRawPointer? {
    unit.pointee.forms.withUnsafeBufferPointer { forms in
      forms.isEmpty ? nil : forms[0].withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
  }

  /// Whether the unit joins tokens and meets only single tokens (joined
  /// units meet each other only when one joins a run of syllables; see
  /// ``comparesJoined(_:_:)``).
  package var meetsOnlySingleTokens: Bool { spanCount > 1 && !isSyllableRun }

  /// Sets the written letters of an abjad word, unless they have too many
  /// readings to transcribe (then it agrees with no word of another script).
  mutating func setAbjadLetters(_ letters: [UInt8]) {
    guard let keys = AbjadTranscription.keyHashes(ofLetters: letters) else {
      abjadLetters = []
      transcriptionAllowsMismatch = false
      transcriptionKeyHashes = []
      transcriptionReading = AbjadTranscription.Reading()
      return
    }
    abjadLetters = letters
    transcriptionAllowsMismatch = keys.allowsMismatch
    transcriptionKeyHashes = keys.hashes
    transcriptionReading = AbjadTranscription.Reading(letters)
  }

  /// Sets `scriptCode`, and derives `soundScript` and `soundKeyHashes`.
  /// A short word (`Ali`, `Anna`; see `SoundTranscription.fewestClasses`)
  /// is compared by sounds only in names of unknown type (place names,
  /// `San Juan`): in a person's or company's name it says too little by its
  /// sounds alone, and would bring every such list word as a candidate.
  mutating func setScript(_ code: UInt8, comparesShortWords: Bool) {
    scriptCode = code
    soundScript = isSyllable && !isSyllableRun ? 0 : code
    let fewest = comparesShortWords ? 0 : SoundTranscription.fewestClasses(code)
    if classKeys.allSatisfy({ $0.count < fewest }) { soundScript = 0 }
    if soundScript > SoundTranscription.latinScript {
      soundKeyHashes = SoundTranscription.skeletonHashes(
        forms.prefix(SoundTranscription.comparedForms(code)), style: SoundTranscription.style(ofCode: code),
        addsR: SoundTranscription.dropsPostvocalicR(code), addsFinal: SoundTranscription.dropsFinalConsonant(code),
        minimumClasses: fewest)
      if soundKeyHashes.isEmpty { soundScript = 0 }
    } else {
      soundKeyHashes = []
    }
  }

  mutating func deriveClassKeys() {
    classKeys = keys.prefix(2).map(PhoneticKeys.classKey)
    isCode = forms[0].contains { $0 >= 0x30 && $0 <= 0x39 }
    var bits: UInt32 = 0
    for text in forms + keys {
      for byte in PhoneticKeys.canonicalLetters(text) {
        let folded = PhoneticKeys.consonantClass(byte)
        if folded != 0 { bits |= 1 << UInt32(folded % 31) }
      }
    }
    classBits = bits
    let primary = forms[0]
    primaryPrefix = primary.count >= 3 ? UInt32(primary[0]) << 16 | UInt32(primary[1]) << 8 | UInt32(primary[2]) : 0
    formCount = forms.count
  }
}
