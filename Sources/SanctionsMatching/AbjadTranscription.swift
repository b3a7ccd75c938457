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
  /// A cost past which the similarity is 0.5 or less: no agreement at all.
  static let uselessCost: Float = (bestSimilarity - 0.5) / costFactor

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

  /// The letters' values in flat arrays, read through pointers in the
  /// alignment: value `v` is `bytes[starts[v]..<starts[v + 1]]`; the values
  /// of letter code `c` are `firstValue[c]..<firstValue[c + 1]`, and code
  /// `letters.count` is a medial alif (a long `a` only).
  struct ValueTable: Sendable {
    var bytes: [UInt8] = []
    var starts: [Int32] = [0]
    var firstValue: [Int32] = [0]
    var maySilence: [Bool] = []

    init() {
      func add(_ values: [[UInt8]], silent: Bool) {
        for value in values {
          bytes += value
          starts.append(Int32(bytes.count))
        }
        firstValue.append(Int32(starts.count - 1))
        maySilence.append(silent)
      }
      for letter in AbjadLetters.letters { add(letter.values, silent: letter.maySilence) }
      add(AbjadTranscription.medialAlifValues, silent: true)
    }
  }

  static let valueTable = ValueTable()
  private static let medialAlif = UInt8(AbjadLetters.letters.count)

  /// The cheapest alignment of `letters` with `latin`.
  static func cost(_ letters: [UInt8], _ latin: [UInt8]) -> Float {
    let n = min(letters.count, longestWord)
    let m = min(latin.count, longestWord)
    guard n > 0 else { return Float(m) * mismatchCost }
    let table = valueTable
    let alif = self.alif
    let lam = self.lam
    return letters.withUnsafeBufferPointer { letters in
      latin.withUnsafeBufferPointer { latin in
        table.bytes.withUnsafeBufferPointer { bytes in
          table.starts.withUnsafeBufferPointer { starts in
            table.firstValue.withUnsafeBufferPointer { firstValue in
              withUnsafeTemporaryAllocation(of: Row.self, capacity: n) { rows in
                // What each written letter allows, once per letter.
                let article = n > 2 && letters[0] == alif && letters[1] == lam
                for i in 0..<n {
                  let code = letters[i]
                  let wordStart = i == 0 || (i == 2 && article)
                  let valueCode = code == alif && !wordStart ? medialAlif : code
                  var silent = table.maySilence[Int(code)] && !wordStart
                  if code == heh || code == persianHeh { silent = silent && i == letters.count - 1 }
                  let assimilates = i >= 1 && code == lam && letters[i - 1] == alif && i + 1 < n
                    && sunLetters.contains(letters[i + 1])
                  rows.initializeElement(
                    at: i,
                    to: Row(
                      firstValue: Int(firstValue[Int(valueCode)]), endValue: Int(firstValue[Int(valueCode) + 1]),
                      vanishCost: silent ? silentLetterCost : mismatchCost, assimilates: assimilates))
                }
                defer { _ = rows.deinitialize() }
                return align(
                  rows, n: n, latin: latin, m: m, bytes: bytes, starts: starts, droppedArticle: article && n > 3)
              }
            }
          }
        }
      }
    }
  }

  /// What one written letter allows in the alignment.
  struct Row {
    var firstValue: Int
    var endValue: Int
    var vanishCost: Float
    var assimilates: Bool
  }

  /// The alignment proper, on pointers.
  private static func align(
    _ rows: UnsafeMutableBufferPointer<Row>, n: Int, latin: UnsafeBufferPointer<UInt8>, m: Int,
    bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, droppedArticle: Bool
  ) -> Float {
    let width = m + 1
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: (n + 1) * width) { table in
      table.initialize(repeating: .infinity)
      table[0] = 0
      let table = table.baseAddress!
      for i in 0...n {
        // Costs only grow: once a whole row is past any useful cost, stop.
        var rowMinimum = Float.infinity
        for j in 0...m { rowMinimum = min(rowMinimum, table[i * width + j]) }
        if rowMinimum > uselessCost { return rowMinimum }
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
          let row = rows[i]
          // The letter vanishes: free-ish for silent ones (a carrier not at
          // the start, `h` only at the end), else a mismatch.
          relax(table, (i + 1) * width + j, here + row.vanishCost)
          // The article left out in Latin.
          if i == 0, j == 0, droppedArticle { relax(table, 2 * width, here + droppedArticleCost) }
          // The letter takes one of its values.
          for value in row.firstValue..<row.endValue {
            let start = Int(starts[value])
            let count = Int(starts[value + 1]) - start
            guard j + count <= m else { continue }
            var matches = true
            for k in 0..<count where latin[j + k] != bytes[start + k] {
              matches = false
              break
            }
            if matches {
              relax(table, (i + 1) * width + j + count, here + (value == row.firstValue ? 0 : alternativeValueCost))
            }
          }
          // The article's `l` before a sun letter is not pronounced
          // (`ar-Rahman`, `Ezzedine`), also inside a name written as one word.
          if row.assimilates { relax(table, (i + 1) * width + j, here + assimilatedArticleCost) }
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

  @inline(__always)
  private static func relax(_ table: UnsafeMutablePointer<Float>, _ index: Int, _ value: Float) {
    if value < table[index] { table[index] = value }
  }
}
