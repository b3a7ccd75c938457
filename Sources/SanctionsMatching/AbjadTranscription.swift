/// How well a word written in an abjad (Arabic, Persian, Urdu, Hebrew
/// letters) and a Latin spelling transcribe each other: an alignment of the
/// written letters with the Latin letters, in which each written letter takes
/// one of its Latin values (`AbjadLetters`), a Latin vowel may stand for an
/// unwritten short vowel, a doubled Latin consonant for a written one, and a
/// letter that may be silent (a vowel carrier, a final `h`) may vanish; but a
/// written consonant or long vowel (`و`, `ي`) never vanishes or turns into
/// another for free. `امیر` (amir) does not transcribe `Omar`; `محمد`
/// transcribes `Muhammad` and `Mohamed`.
///
/// - Complexity: O(letters × Latin letters × values), in stack memory.
enum AbjadTranscription {
  /// Costs of the alignment steps.
  static let alternativeValueCost: Float = 0.03
  static let unwrittenVowelCost: Float = 0.02
  static let doubledLetterCost: Float = 0.02
  static let silentLetterCost: Float = 0.1
  static let mismatchCost: Float = 1
  /// A Latin vowel after the last written letter: a written ending missing
  /// (`Mostafaei` / `مصطفى`), not an unwritten short vowel.
  static let trailingVowelCost: Float = 0.5
  /// The article `al-` left out in Latin (`Shami` / `الشامي`).
  static let droppedArticleCost: Float = 0.1
  /// A second Latin vowel in a row with no written letter: a diphthong or
  /// long vowel (`Hussein`) that the Arabic would write (`حسين`, not `حسن`).
  static let secondVowelCost: Float = 0.6
  /// Inside a word, `ا` writes a long `a` only.
  static let medialAlifValues: [[UInt8]] = [Array("a".utf8), Array("aa".utf8), Array("e".utf8)]
  /// The article's `l` taking the sound of the letter after it (`ar-Rahman`).
  static let assimilatedArticleCost: Float = 0.05
  /// Similarity of a cost-free transcription, and what each unit of cost takes away.
  static let bestSimilarity: Float = 0.97
  static let costFactor: Float = 0.25
  static let longestWord = 32

  private static let alif = AbjadLetters.code(of: "\u{627}")!
  private static let lam = AbjadLetters.code(of: "\u{644}")!
  /// The "sun letters", before which the article's `l` is not pronounced.
  private static let sunLetters: Set<UInt8> = Set(
    "تثدذرزسشصضطظلن".unicodeScalars.compactMap(AbjadLetters.code(of:)))

  /// The Latin vowels an unwritten short vowel can be (`y` is a written `ي`).
  @inline(__always)
  static func isVowel(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
      || byte == UInt8(ascii: "u")
  }

  private static let heh = AbjadLetters.code(of: "\u{647}")!
  private static let persianHeh = AbjadLetters.code(of: "\u{6C1}")!

  /// Short words transcribe many Latin words (three letters without their
  /// vowels fit dozens of names): their best similarity is lower.
  static let shortWordCeilings: [Float] = [0.8, 0.8, 0.8, 0.84, 0.88]

  /// The similarity of written `letters` (codes) and a Latin spelling.
  static func similarity(_ letters: [UInt8], _ latin: [UInt8]) -> Float {
    let ceiling = letters.count < shortWordCeilings.count ? shortWordCeilings[letters.count] : bestSimilarity
    return max(0, min(ceiling, bestSimilarity - costFactor * cost(letters, latin)))
  }

  /// The cheapest alignment of `letters` with `latin`.
  static func cost(_ letters: [UInt8], _ latin: [UInt8]) -> Float {
    let n = min(letters.count, longestWord)
    let m = min(latin.count, longestWord)
    let width = m + 1
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: (n + 1) * width) { table in
      table.initialize(repeating: .infinity)
      table[0] = 0
      let table = table.baseAddress!
      for i in 0...n {
        for j in 0...m {
          let here = table[i * width + j]
          guard here.isFinite else { continue }
          // A Latin letter with no written letter: an unwritten short vowel
          // (never first: a word that starts with a vowel writes a carrier,
          // and after the last letter it is a missing ending), a doubled
          // consonant, or an extra letter.
          if j < m {
            let byte = latin[j]
            let step: Float
            if isVowel(byte) && j > 0 {
              if i == n {
                step = trailingVowelCost
              } else {
                step = isVowel(latin[j - 1]) ? secondVowelCost : unwrittenVowelCost
              }
            } else {
              step = j > 0 && latin[j - 1] == byte ? doubledLetterCost : mismatchCost
            }
            relax(table, i * width + j + 1, here + step)
          }
          guard i < n else { continue }
          let letter = AbjadLetters.letters[Int(letters[i])]
          // The letter vanishes: free-ish for silent ones (a carrier not at
          // the start, `h` only at the end), else a mismatch.
          relax(table, (i + 1) * width + j, here + (maySilence(letters, i, letter) ? silentLetterCost : mismatchCost))
          // The article left out in Latin.
          if i == 0, j == 0, n > 3, letters[0] == alif, letters[1] == lam {
            relax(table, 2 * width, here + droppedArticleCost)
          }
          // The letter takes one of its values.
          let values = letters[i] == alif && !isWordStart(letters, i) ? medialAlifValues : letter.values
          for (index, value) in values.enumerated() where j + value.count <= m {
            var matches = true
            for k in value.indices where latin[j + k] != value[k] {
              matches = false
              break
            }
            if matches {
              relax(table, (i + 1) * width + j + value.count, here + (index == 0 ? 0 : alternativeValueCost))
            }
          }
          // The article's `l` before a sun letter is not pronounced
          // (`ar-Rahman`, `Ezzedine`), also inside a name written as one word.
          if i >= 1, letters[i] == lam, letters[i - 1] == alif, i + 1 < n, sunLetters.contains(letters[i + 1]) {
            relax(table, (i + 1) * width + j, here + assimilatedArticleCost)
          }
          // A letter matching no value where a Latin consonant stands: a substitution.
          if j < m { relax(table, (i + 1) * width + j + 1, here + mismatchCost) }
        }
      }
      return table[n * width + m]
    }
  }

  /// Whether written letters start with the article `ال`.
  static func startsWithArticle(_ letters: [UInt8]) -> Bool {
    letters.count > 2 && letters[0] == alif && letters[1] == lam
  }

  /// Whether letter `i` starts the word (or the word after the article).
  @inline(__always)
  private static func isWordStart(_ letters: [UInt8], _ i: Int) -> Bool {
    i == 0 || (i == 2 && letters[0] == alif && letters[1] == lam)
  }

  /// Whether letter `i` may be silent in Latin: carriers and endings, but
  /// not at the start of the word, and `ه` only at its end.
  @inline(__always)
  private static func maySilence(_ letters: [UInt8], _ i: Int, _ letter: AbjadLetters.Letter) -> Bool {
    guard letter.maySilence, !isWordStart(letters, i) else { return false }
    if letters[i] == heh || letters[i] == persianHeh { return i == letters.count - 1 }
    return true
  }

  @inline(__always)
  private static func relax(_ table: UnsafeMutablePointer<Float>, _ index: Int, _ value: Float) {
    if value < table[index] { table[index] = value }
  }
}
