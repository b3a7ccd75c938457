import SanctionsNormalization

/// Filter keys of the sound transcription: a spelling's *skeletons*, the
/// class strings of its consonants (vowels and `h` left out, repeats
/// collapsed), one per choice of what its ambiguous consonants are (a `g`
/// heard as `K` or `S`, a `w` or a `j` kept or left out).
///
/// Two spellings can align only consonant for consonant, each pair of one
/// class or of a class one of them may be heard as, with only vanishing
/// consonants left out (every other consonant costs ``SoundTranscription/impossible``);
/// so any alignment fixes a choice on each side under which both skeletons
/// are the same string. Two things a script may do to a Latin spelling are
/// keyed on the other script's side, so that Latin list words are filed
/// under few keys: a script that drops an `r` after a vowel adds every
/// skeleton with one `L` more (or `L` and a repeated class: `P L P` is
/// `P` without its `L`), and a script that drops a final consonant
/// every skeleton with one class more at its end. Sharing a skeleton hash
/// is thus necessary for two spellings to agree (a Latin word with two
/// `r`s dropped agrees with nothing: neither keys nor gate allow it).
/// Only the first ``mostChoices`` ambiguous consonants of a spelling take
/// both readings; later ones keep their first class, in the comparison's
/// gate and in the keys alike.
extension SoundTranscription {
  /// The most ambiguous consonants of one spelling read both ways.
  static let mostChoices = 3
  /// The fewest consonant classes (`PhoneticKeys.classKey`) of a word
  /// compared by sounds in a name of known type: two, and three in scripts
  /// that write vowels faithfully (Cyrillic, Greek, the Indic scripts),
  /// whose romanizations already agree with short Latin words (`Иван`).
  static func fewestClasses(_ code: UInt8) -> Int {
    code != latinScript && vowelChanges(code) == .faithful ? 3 : 2
  }
  /// The classes a dropped final consonant may have.
  static let consonantClasses: [UInt8] = Array("PTKSLM".utf8)
  /// The longest skeleton.
  static let longestSkeleton = 40

  /// Calls `body` with every skeleton of `form` read in `style` (a
  /// skeleton may come more than once).
  ///
  /// - Complexity: O(2^``mostChoices`` × n) for a form of n letters.
  static func forEachSkeleton(_ form: [UInt8], style: Style, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    guard !form.isEmpty, form.count <= longestForm else { return }
    withUnsafeTemporaryAllocation(of: Sound.self, capacity: 2 * form.count) { buffer in
      let count = form.withUnsafeBufferPointer { read($0, style: style, into: buffer.baseAddress!) }
      forEachSkeleton(of: UnsafeBufferPointer(start: buffer.baseAddress!, count: count), body)
    }
  }

  /// The same for a spelling already read.
  static func forEachSkeleton(of sounds: UnsafeBufferPointer<Sound>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: sounds.count + 1) { skeleton in
        var ambiguous = 0
        for sound in sounds where isAmbiguous(sound) { ambiguous += 1 }
        let variants = 1 << min(ambiguous, mostChoices)
        for variant in 0..<variants {
          var length = 0
          var position = 0
          for sound in sounds where isConsonant(sound) {
            var symbol = sound.soundClass
            if isAmbiguous(sound) {
              if position < mostChoices, variant & (1 << position) != 0 {
                symbol = sound.alternative == vanishes ? 0 : sound.alternative
              }
              position += 1
            }
            if symbol == 0 || (length > 0 && skeleton[length - 1] == symbol) { continue }
            skeleton[length] = symbol
            length += 1
          }
          body(UnsafeBufferPointer(rebasing: skeleton[0..<length]))
        }
    }
  }

  /// Calls `body` with the hash (``FilterKey/hash(_:)``) of every skeleton
  /// of `form`.
  static func forEachSkeletonHash(_ form: [UInt8], style: Style, _ body: (UInt64) -> Void) {
    forEachSkeleton(form, style: style) { body(FilterKey.hash($0)) }
  }

  /// A consonant read two ways in the keys: one with another class, or
  /// one that may vanish (not an `r` after a vowel: see above).
  @inline(__always)
  static func isAmbiguous(_ sound: Sound) -> Bool {
    isConsonant(sound) && sound.alternative != 0 && sound.alternative != vanishesUnlessRhotic
  }

  @inline(__always)
  static func isConsonant(_ sound: Sound) -> Bool {
    sound.soundClass != vowel && sound.soundClass != glide
  }

  /// The sorted, distinct skeleton hashes of the forms of a word of
  /// another script than Latin, with the skeletons of Latin spellings it
  /// may transcribe with an `r` after a vowel (`addsR`) or a final
  /// consonant (`addsFinal`) left out. Skeletons of fewer than
  /// `minimumClasses` classes are left out: the word agrees with no Latin
  /// spelling through them.
  static func skeletonHashes(
    _ forms: some Sequence<[UInt8]>, style: Style, addsR: Bool, addsFinal: Bool, minimumClasses: Int = 0
  ) -> [UInt64] {
    var hashes: [UInt64] = []
    for form in forms {
      forEachSkeleton(form, style: style) { skeleton in
        guard skeleton.count < longestSkeleton, skeleton.count >= minimumClasses else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: skeleton.count + 3) { longer in
          // Adds the skeleton with `inserted` put before `position`
          // (nothing when `inserted` is empty), and with each final class.
          func add(_ inserted: [UInt8], at position: Int) {
            var length = 0
            for index in 0...skeleton.count {
              if index == position {
                for symbol in inserted {
                  longer[length] = symbol
                  length += 1
                }
              }
              if index < skeleton.count {
                longer[length] = skeleton[index]
                length += 1
              }
            }
            hashes.append(FilterKey.hash(UnsafeBufferPointer(rebasing: longer[0..<length])))
            guard addsFinal else { return }
            for symbol in consonantClasses where length == 0 || longer[length - 1] != symbol {
              longer[length] = symbol
              hashes.append(FilterKey.hash(UnsafeBufferPointer(rebasing: longer[0...length])))
            }
          }
          add([], at: 0)
          guard addsR else { return }
          let l = UInt8(ascii: "L")
          for position in 0...skeleton.count {
            // An `L` beside an `L` would collapse into the skeleton itself.
            let besideL =
              (position > 0 && skeleton[position - 1] == l) || (position < skeleton.count && skeleton[position] == l)
            if !besideL { add([l], at: position) }
            // An `r` between two consonants of one class kept them apart
            // (`Barbados`: `P L P` is `P` without it).
            if position > 0, skeleton[position - 1] != l { add([l, skeleton[position - 1]], at: position) }
          }
        }
      }
    }
    hashes.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(hashes.count)
    for hash in hashes where unique.last != hash { unique.append(hash) }
    return unique
  }

  /// Whether some skeleton of `forms` is in the sorted `hashes`.
  static func sharesSkeleton(_ forms: [[UInt8]], style: Style, with hashes: [UInt64]) -> Bool {
    withSounds(of: forms, limit: forms.count, style: style) { sharesSkeleton($0, $1, with: hashes) }
  }

  /// The same for forms already read (see ``withSounds(of:limit:style:_:)``).
  static func sharesSkeleton(
    _ sounds: UnsafeBufferPointer<Sound>, _ starts: UnsafeBufferPointer<Int>, with hashes: [UInt64]
  ) -> Bool {
    guard !hashes.isEmpty else { return false }
    var found = false
    for form in 0..<(starts.count - 1) where !found && starts[form] < starts[form + 1] {
      forEachSkeleton(of: UnsafeBufferPointer(rebasing: sounds[starts[form]..<starts[form + 1]])) {
        if !found, hashes.binarySearchContains(FilterKey.hash($0)) { found = true }
      }
    }
    return found
  }

  /// Whether two sorted hash arrays share a value.
  static func intersect(_ a: [UInt64], _ b: [UInt64]) -> Bool {
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] { return true }
      if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return false
  }
}

/// How a script's words are compared by sounds.
extension SoundTranscription {
  /// The identity of a unit's script for this comparison: 0 for units not
  /// compared by sounds (abjad words, single Chinese or Korean syllables,
  /// digits, mixed scripts), ``latinScript`` for Latin spellings, another
  /// value per other script.
  static func scriptCode(_ script: NameScript) -> UInt8 {
    switch script {
    case .common, .inherited, .arabic, .hebrew: return 0
    case .latin: return latinScript
    default: return UInt8(truncatingIfNeeded: (NameScript.allCases.firstIndex(of: script) ?? 0) + 2)
    }
  }

  static let latinScript: UInt8 = 1

  /// The script of a `scriptCode`.
  static func script(ofCode code: UInt8) -> NameScript? {
    guard code >= 2 else { return code == latinScript ? .latin : nil }
    let index = Int(code) - 2
    return index < NameScript.allCases.count ? NameScript.allCases[index] : nil
  }

  /// How spellings of a script are read.
  static func style(ofCode code: UInt8) -> Style {
    switch script(ofCode: code) {
    case .latin, nil: return .latin
    case .han: return .pinyin
    case .greek: return .greek
    case .cyrillic: return .cyrillic
    case .hiragana, .katakana: return .kana
    default: return .romanized
    }
  }

  /// How freely a script's transcriptions change vowels: loose for a few
  /// vowels for many (hangul `eo`/`eu`, hanzi readings) and the scripts of
  /// mainland Southeast Asia; kana moderately; faithful where every vowel
  /// is written (the alphabets, and the Indic abugidas, which write every
  /// vowel but the inherent one).
  static func vowelChanges(_ code: UInt8) -> VowelChanges {
    switch script(ofCode: code) {
    case .han, .hangul, .thai, .lao, .khmer, .myanmar: return .loose
    case .hiragana, .katakana: return .moderate
    default: return .faithful
    }
  }

  /// Whether a script writes consonants of one class alike (see
  /// ``Conventions/mergesConsonants``).
  static func mergesConsonants(_ code: UInt8) -> Bool {
    switch script(ofCode: code) {
    case .han, .hangul, .hiragana, .katakana: return true
    default: return false
    }
  }

  /// The vowels a script's spelling of a foreign name inserts: the
  /// epenthetic vowels of kana (`u`, `o` after `t`/`d`, `i` after `ch`/`j`)
  /// and hangul (`eu`, `i`), the inherent `a` of the Indic abugidas as ICU
  /// writes it, any vowel of a hanzi syllable or of the scripts of mainland
  /// Southeast Asia.
  static func insertedVowels(_ code: UInt8) -> VowelSet {
    switch script(ofCode: code) {
    case .han, .thai, .lao, .khmer, .myanmar: return .all
    case .hiragana, .katakana: return [.u, .o, .i]
    case .hangul: return [.e, .u, .i]
    case .devanagari, .other: return .a
    default: return []
    }
  }

  /// The Latin vowels a script's spelling may leave unwritten: any in
  /// hanzi, hangul and the scripts read from character names (no inherent
  /// vowel is written out), the schwa `a` in Devanagari.
  static func unwrittenVowels(_ code: UInt8) -> VowelSet {
    switch script(ofCode: code) {
    case .han, .hangul, .thai, .lao, .khmer, .myanmar, .other: return .all
    case .devanagari: return .a
    default: return []
    }
  }

  /// The vowels cheap to leave out of the spelling of script `code` when
  /// it is compared with a spelling of script `other`.
  static func gapVowels(_ code: UInt8, against other: UInt8) -> VowelSet {
    if code == latinScript { return unwrittenVowels(other) }
    return other == latinScript ? insertedVowels(code) : insertedVowels(code).union(unwrittenVowels(other))
  }

  /// Whether a script leaves an `r` after a vowel unwritten (`デンバー`,
  /// `덴버`, `丹佛` for Denver; Thai `อัมสเตอดัม` Amsterdam, Lao `ຄາທູມ`
  /// Khartoum).
  static func dropsPostvocalicR(_ code: UInt8) -> Bool {
    switch script(ofCode: code) {
    case .han, .hangul, .hiragana, .katakana, .thai, .lao, .khmer, .myanmar: return true
    default: return false
    }
  }

  /// Whether a script's syllables end in few consonants, so that a foreign
  /// word's last consonant may go unwritten (hanzi `巴貝多` Barbados, Khmer
  /// `ឡុងដ៍` London, Lao, Burmese).
  static func dropsFinalConsonant(_ code: UInt8) -> Bool {
    switch script(ofCode: code) {
    case .han, .lao, .khmer, .myanmar: return true
    default: return false
    }
  }

  /// Forms of a unit compared: romanizations of other scripts vary more.
  static func comparedForms(_ code: UInt8) -> Int { code == latinScript ? 2 : 3 }

  /// How the explanation names the rule for a pair with this script.
  static func label(ofCode code: UInt8) -> String {
    switch script(ofCode: code) {
    case .hiragana, .katakana: return "kana transcription"
    case .hangul: return "hangul transcription"
    case .han: return "hanzi transcription"
    case .thai: return "Thai transcription"
    case .lao: return "Lao transcription"
    case .khmer: return "Khmer transcription"
    case .myanmar: return "Burmese transcription"
    case .devanagari: return "Devanagari transcription"
    case .greek: return "Greek transcription"
    case .cyrillic: return "Cyrillic transcription"
    case .georgian: return "Georgian transcription"
    case .armenian: return "Armenian transcription"
    default: return "script transcription"
    }
  }
}
