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
  /// A written long `ā` (`ا` inside or at the end of a word) left out in
  /// Latin: unusual (`الشايع` is not `Choe`), but for the article's alif
  /// inside a compound (`عبدالله` Abdullah).
  static let silentLongAlifCost: Float = 0.3
  static let mismatchCost: Float = 1
  /// A Latin vowel after the last written letter: a written ending missing
  /// (`Mostafaei` / `مصطفى`), not an unwritten short vowel.
  static let trailingVowelCost: Float = 0.8
  /// A final `e` after the last letter is mostly the silent `e` of French
  /// spelling (`Ezzedine`, `Noureddine`), not a missing ending.
  static let trailingSilentECost: Float = 0.3
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

  static let alif = AbjadLetters.code(of: "\u{627}")!
  static let lam = AbjadLetters.code(of: "\u{644}")!
  /// The "sun letters", before which the article's `l` is not pronounced.
  static let sunLetters = LetterSet("تثدذرزسشصضطظلن")

  /// The Latin vowels an unwritten short vowel can be (`y` is a written `ي`).
  @inline(__always)
  static func isVowel(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
      || byte == UInt8(ascii: "u")
  }

  /// Heh (`ه`, and the Urdu `ہ`, `ھ`, which share its code) and Hebrew
  /// he (`ה`): a consonant inside a word, a vowel or silent only at its end.
  private static let hehLetters = LetterSet("\u{647}\u{5D4}")

  /// Short words transcribe many Latin words (three letters without their
  /// vowels fit dozens of names): their best similarity is lower.
  static let shortWordCeilings: [Float] = [0.8, 0.8, 0.8, 0.84, 0.88]

  /// The highest cost of a transcription without a mismatch (a written
  /// letter turned into another or vanished, a Latin consonant more).
  static let mismatchFreeCost: Float = 0.99

  /// The similarity of written `letters` (codes) and a Latin spelling; 0
  /// past a cost of ``uselessCost``, or of ``mismatchFreeCost`` when a
  /// mismatch is not allowed (see ``keyHashes(ofLetters:)``).
  static func similarity(_ letters: [UInt8], _ latin: [UInt8], allowsMismatch: Bool = true) -> Float {
    similarity(Reading(letters), latin, allowsMismatch: allowsMismatch)
  }

  /// The same for letters read once (``Reading``).
  static func similarity(_ reading: Reading, _ latin: [UInt8], allowsMismatch: Bool) -> Float {
    guard mayAgree(reading, latin, allowsMismatch: allowsMismatch) else { return 0 }
    return similarityOfAlignment(reading, latin, allowsMismatch: allowsMismatch)
  }

  /// Quick necessary conditions of a similarity above 0: without a
  /// mismatch, the first Latin letter must start a value; and the Latin
  /// letters no value contains must not cost more than the limit
  /// (``mismatchesBound(_:_:)``).
  static func mayAgree(_ reading: Reading, _ latin: [UInt8], allowsMismatch: Bool) -> Bool {
    if !allowsMismatch, let first = latin.first, !reading.firstLetters.contains(first) { return false }
    let limit = allowsMismatch ? uselessCost : mismatchFreeCost
    return Float(mismatchesBound(reading, latin)) * mismatchCost <= limit
  }

  /// ``similarity(_:_:allowsMismatch:)`` once ``mayAgree(_:_:allowsMismatch:)`` holds.
  static func similarityOfAlignment(_ reading: Reading, _ latin: [UInt8], allowsMismatch: Bool) -> Float {
    let limit = allowsMismatch ? uselessCost : mismatchFreeCost
    let cost = cost(reading, latin, limit: limit)
    guard cost <= limit else { return 0 }
    let letterCount = reading.rows.count
    let ceiling = letterCount < shortWordCeilings.count ? shortWordCeilings[letterCount] : bestSimilarity
    return max(0, min(ceiling, bestSimilarity - costFactor * cost))
  }

  /// The letters' values in flat arrays, read through pointers in the
  /// alignment: value `v` is `bytes[starts[v]..<starts[v + 1]]` and costs
  /// `valueCosts[v]`; the values of letter code `c` are
  /// `firstValue[c]..<firstValue[c + 1]`. Code `letters.count` is a medial
  /// alif (a long `a` only), code `letters.count + 1` a final yeh (which may
  /// also be an alif maqsura: `مرتضی` Morteza, `موسی` Musa), code
  /// `letters.count + 2` a heh inside a word (a consonant: only its final
  /// form writes a vowel, `فاطمه` Fatemeh; `المهرة` is not al-Amer).
  struct ValueTable: Sendable {
    var bytes: [UInt8] = []
    var starts: [Int32] = [0]
    var valueCosts: [Float] = []
    var firstValue: [Int32] = [0]
    var maySilence: [Bool] = []

    init() {
      func add(_ values: [[UInt8]], rare: [[UInt8]] = [], silent: Bool) {
        for (index, value) in (values + rare).enumerated() {
          bytes += value
          starts.append(Int32(bytes.count))
          valueCosts.append(
            index == 0 ? 0 : index < values.count ? AbjadTranscription.alternativeValueCost : AbjadTranscription.rareValueCost)
        }
        firstValue.append(Int32(starts.count - 1))
        maySilence.append(silent)
      }
      for letter in AbjadLetters.letters { add(letter.values, rare: letter.rareValues, silent: letter.maySilence) }
      add(AbjadTranscription.medialAlifValues, silent: true)
      let yeh = AbjadLetters.letters[Int(AbjadTranscription.yeh)]
      add(yeh.values, rare: yeh.rareValues + [Array("a".utf8)], silent: yeh.maySilence)
      add([Array("h".utf8)], silent: false)
    }

    /// The value arrays as pointers, for the alignment.
    struct Pointers {
      let bytes: UnsafeBufferPointer<UInt8>
      let starts: UnsafeBufferPointer<Int32>
      let costs: UnsafeBufferPointer<Float>
    }

    func withPointers<Result>(_ body: (Pointers) -> Result) -> Result {
      bytes.withUnsafeBufferPointer { bytes in
        starts.withUnsafeBufferPointer { starts in
          valueCosts.withUnsafeBufferPointer { costs in body(Pointers(bytes: bytes, starts: starts, costs: costs)) }
        }
      }
    }
  }

  /// A value that a letter takes only in some words (a final yeh read `a`).
  static let rareValueCost: Float = 0.3

  static let valueTable = ValueTable()
  private static let medialAlif = UInt8(AbjadLetters.letters.count)
  private static let finalYeh = UInt8(AbjadLetters.letters.count + 1)
  private static let medialHeh = UInt8(AbjadLetters.letters.count + 2)
  static let yeh = AbjadLetters.code(of: "\u{64A}")!
  /// Letters that write a long vowel (`و`, `ي`/`ی`, Hebrew `ו`, `י`): a
  /// vowel carrier before one (or before `ا`) at the start of a word may be
  /// silent (`عیسی` Isa, `ایمان` Iman, `عارف` Aref), and a second one in a
  /// row may merge with the first (`میرزایی` Mirzai).
  static let longVowelLetters = LetterSet("\u{648}\u{64A}\u{6CC}\u{5D5}\u{5D9}")
  /// Letters that carry a vowel at the start of a word.
  static let vowelCarriers = LetterSet("\u{627}\u{623}\u{625}\u{639}\u{5D0}\u{5E2}")

  /// A set of letter codes, read by code without hashing.
  struct LetterSet: Sendable {
    private var members = [Bool](repeating: false, count: 256)
    init(_ letters: String) {
      for code in letters.unicodeScalars.compactMap(AbjadLetters.code(of:)) { members[Int(code)] = true }
    }
    @inline(__always) func contains(_ code: UInt8) -> Bool { members[Int(code)] }
  }

  /// The cheapest alignment of `letters` with `latin`; any value past
  /// `limit` when the cheapest is past it.
  static func cost(_ letters: [UInt8], _ latin: [UInt8], limit: Float = uselessCost) -> Float {
    cost(Reading(letters), latin, limit: limit)
  }

  /// How a word's letters are read in the alignment (a ``Row`` per letter,
  /// at most ``longestWord``), made once per word.
  struct Reading: Sendable {
    var rows: [Row] = []
    var dropsArticle = false
    /// The Latin letters a transcription without a mismatch can start with:
    /// the first letters of the first row's values, and of the rows after
    /// letters that may be left out for less than a mismatch (and after
    /// the article). A Latin vowel before every written letter is a mismatch.
    var firstLetters = ByteSet()
    /// Every Latin letter of every value of every letter: a Latin
    /// consonant outside it can only be paid for as a mismatch
    /// (``mismatchesBound(_:_:)``).
    var valueLetters = ByteSet()
    /// For each written letter that can neither vanish nor assimilate for
    /// less than a mismatch (nor be left out with the article): the first
    /// Latin letters of its values. One none of whose first letters the
    /// Latin spelling contains is a mismatch (``mismatchesBound(_:_:)``).
    var mustMatchFirstLetters: [ByteSet] = []

    init() {}

    init(_ letters: [UInt8]) {
      let table = AbjadTranscription.valueTable
      let article = startsWithArticle(letters)
      rows = (0..<min(letters.count, longestWord)).map { row(of: letters, at: $0, article: article, table: table) }
      dropsArticle = AbjadTranscription.dropsArticle(letters)
      for (i, row) in rows.enumerated() {
        var first = ByteSet()
        var hasEmptyValue = false
        for value in Int(row.firstValue)..<Int(row.endValue) {
          let bytes = table.bytes[Int(table.starts[value])..<Int(table.starts[value + 1])]
          for byte in bytes { valueLetters.insert(byte) }
          if let byte = bytes.first { first.insert(byte) } else { hasEmptyValue = true }
        }
        let mayBeLeftOut = row.vanishCost < mismatchCost || row.assimilates || hasEmptyValue || (dropsArticle && i < 2)
        if !mayBeLeftOut { mustMatchFirstLetters.append(first) }
      }
      for start in dropsArticle ? [0, 2] : [0] {
        var i = start
        while i < rows.count {
          for value in Int(rows[i].firstValue)..<Int(rows[i].endValue) {
            firstLetters.insert(table.bytes[Int(table.starts[value])])
          }
          guard rows[i].vanishCost < mismatchFreeCost || rows[i].assimilates else { break }
          i += 1
        }
      }
    }
  }

  /// A set of bytes, as bits.
  struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ byte: UInt8) {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: bits.0 |= bit
      case 1: bits.1 |= bit
      case 2: bits.2 |= bit
      default: bits.3 |= bit
      }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: return bits.0 & bit != 0
      case 1: return bits.1 & bit != 0
      case 2: return bits.2 & bit != 0
      default: return bits.3 & bit != 0
      }
    }

    /// Whether the two sets share a byte.
    @inline(__always)
    func intersects(_ other: ByteSet) -> Bool {
      (bits.0 & other.bits.0) | (bits.1 & other.bits.1) | (bits.2 & other.bits.2) | (bits.3 & other.bits.3) != 0
    }
  }

  /// A lower bound on the mismatches of any alignment of `reading` with
  /// `latin`. A Latin letter that no value contains (but for a doubled
  /// one and a vowel after the first letter, an unwritten short vowel) can
  /// only be an extra letter or stand for a written letter that matches
  /// none of its values; a written letter that must be matched (see
  /// ``Reading/mustMatchFirstLetters``) but none of whose values starts
  /// with a letter of `latin` can only vanish or stand for another Latin
  /// letter. Each is a mismatch, and one substitution may pay for one of
  /// each: the larger count is a bound, and the alignment itself is spared
  /// when it already costs more than it may.
  static func mismatchesBound(_ reading: Reading, _ latin: [UInt8]) -> Int {
    var extraLatin = 0
    var present = ByteSet()
    var previous: UInt8 = 0
    for (j, byte) in latin.prefix(longestWord).enumerated() {
      defer { previous = byte }
      present.insert(byte)
      if reading.valueLetters.contains(byte) { continue }
      if j > 0 && (isVowel(byte) || byte == previous) { continue }
      extraLatin += 1
    }
    var unmatchedLetters = 0
    for first in reading.mustMatchFirstLetters where !first.intersects(present) { unmatchedLetters += 1 }
    return max(extraLatin, unmatchedLetters)
  }

  /// The cheapest alignment of letters read as `reading` with `latin`.
  static func cost(_ reading: Reading, _ latin: [UInt8], limit: Float = uselessCost) -> Float {
    let n = reading.rows.count
    let m = min(latin.count, longestWord)
    guard n > 0 else { return Float(m) * mismatchCost }
    return reading.rows.withUnsafeBufferPointer { rows in
      latin.withUnsafeBufferPointer { latin in
        valueTable.withPointers { values in
          align(rows, n: n, latin: latin, m: m, values: values, droppedArticle: reading.dropsArticle, limit: limit)
        }
      }
    }
  }

  /// How letter `i` of `letters` is read: its values (by its place in the
  /// word), what leaving it out costs, and whether it is the article's `l`
  /// before a sun letter.
  private static func row(of letters: [UInt8], at i: Int, article: Bool, table: ValueTable) -> Row {
    let code = letters[i]
    let wordStart = i == 0 || (i == 2 && article)
    let isLast = i == letters.count - 1
    let next: UInt8? = i + 1 < letters.count ? letters[i + 1] : nil
    var valueCode = code
    if code == alif && !wordStart {
      valueCode = medialAlif
    } else if code == yeh && isLast && i > 0 {
      valueCode = finalYeh
    } else if hehLetters.contains(code) && !isLast {
      valueCode = medialHeh
    }
    var silent = table.maySilence[Int(code)] && !wordStart
    if hehLetters.contains(code) { silent = silent && isLast }
    // A carrier before a long vowel letter, and a long vowel letter after
    // the same one, may be silent.
    if wordStart, vowelCarriers.contains(code), let next, longVowelLetters.contains(next) || next == alif {
      silent = true
    }
    if i > 0, longVowelLetters.contains(code), letters[i - 1] == code { silent = true }
    var vanishCost = silent ? silentLetterCost : mismatchCost
    if code == alif, !wordStart, next != lam {
      // A final long `ā` is always written in Latin (`سارا` is Sara, not Sari).
      vanishCost = isLast ? mismatchCost : silentLongAlifCost
    }
    return Row(
      firstValue: table.firstValue[Int(valueCode)], endValue: table.firstValue[Int(valueCode) + 1],
      vanishCost: vanishCost, assimilates: assimilates(letters, at: i))
  }

  /// What one written letter allows in the alignment.
  struct Row: Sendable {
    var firstValue: Int32
    var endValue: Int32
    var vanishCost: Float
    var assimilates: Bool
  }

  /// The alignment proper, on pointers.
  private static func align(
    _ rows: UnsafeBufferPointer<Row>, n: Int, latin: UnsafeBufferPointer<UInt8>, m: Int,
    values: ValueTable.Pointers, droppedArticle: Bool, limit: Float
  ) -> Float {
    let bytes = values.bytes
    let starts = values.starts
    let valueCosts = values.costs
    let width = m + 1
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: (n + 1) * width) { table in
      table.initialize(repeating: .infinity)
      table[0] = 0
      let table = table.baseAddress!
      for i in 0...n {
        // Costs only grow: once a whole row is past any useful cost, stop
        // (but the article left out jumps over the row of its `l`).
        if i != 1 || !droppedArticle {
          var rowMinimum = Float.infinity
          for j in 0...m { rowMinimum = min(rowMinimum, table[i * width + j]) }
          if rowMinimum > limit { return rowMinimum }
        }
        for j in 0...m {
          let here = table[i * width + j]
          guard here <= limit else { continue }  // past any useful cost (or unreached)
          // A Latin letter with no written letter: an unwritten short vowel
          // (never first: a word that starts with a vowel writes a carrier,
          // and after the last letter it is a missing ending), a doubled
          // consonant, or an extra letter.
          if j < m {
            let byte = latin[j]
            let step: Float
            if isVowel(byte) && j > 0 {
              if i == n {
                step = byte == UInt8(ascii: "e") ? trailingSilentECost : trailingVowelCost
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
          for value in Int(row.firstValue)..<Int(row.endValue) {
            let start = Int(starts[value])
            let count = Int(starts[value + 1]) - start
            guard j + count <= m else { continue }
            var matches = true
            for k in 0..<count where latin[j + k] != bytes[start + k] {
              matches = false
              break
            }
            if matches {
              relax(table, (i + 1) * width + j + count, here + valueCosts[value])
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

  /// Whether the Latin spelling may leave out the article (`Shami` /
  /// `الشامي`): it starts the word and more than one letter follows.
  static func dropsArticle(_ letters: [UInt8]) -> Bool {
    startsWithArticle(letters) && letters.count > 3
  }

  /// Whether letter `i` is the article's `l` before a sun letter, which is
  /// not pronounced (`ar-Rahman`, `Ezzedine`).
  static func assimilates(_ letters: [UInt8], at i: Int) -> Bool {
    i >= 1 && i + 1 < letters.count && letters[i] == lam && letters[i - 1] == alif
      && sunLetters.contains(letters[i + 1])
  }

  @inline(__always)
  private static func relax(_ table: UnsafeMutablePointer<Float>, _ index: Int, _ value: Float) {
    if value < table[index] { table[index] = value }
  }
}
