/// Edit distances on short byte strings, computed in stack memory.
enum EditDistance {
  /// Names are short; longer tokens are compared on their first 48 bytes.
  static let maximumLength = 48

  /// Optimal string alignment distance (Levenshtein plus adjacent
  /// transpositions), stopping early once it exceeds `limit`.
  static func osa(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    let n = min(a.count, maximumLength)
    let m = min(b.count, maximumLength)
    if abs(n - m) > limit { return limit + 1 }
    if n == 0 { return m }
    if m == 0 { return n }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
      var previous2 = rows.baseAddress!
      var previous = previous2 + (m + 1)
      var current = previous + (m + 1)
      for j in 0...m { previous[j] = j }
      for i in 1...n {
        current[0] = i
        var rowMinimum = i
        let ai = a[i - 1]
        for j in 1...m {
          let bj = b[j - 1]
          let cost = ai == bj ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, ai == b[j - 2], a[i - 2] == bj {
            value = min(value, previous2[j - 2] + 1)
          }
          current[j] = value
          if value < rowMinimum { rowMinimum = value }
        }
        if rowMinimum > limit { return limit + 1 }
        let recycled = previous2
        previous2 = previous
        previous = current
        current = recycled
      }
      return previous[m]
    }
  }

  /// ``osa(_:_:limit:)`` of two arrays.
  @inline(__always)
  static func osa(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in osa(pa, pb, limit: limit) } }
  }

  /// Whether one word is the other with one letter left out (`osar` /
  /// `oscar`, `kompozt` / `kompozit`).
  static func isOneLetterMissing(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    abs(a.count - b.count) == 1 && osa(a, b, limit: 1) == 1
  }

  /// Cost of substituting one consonant symbol of a phonetic key for
  /// another: letters that transliterate one sound (`g`/`k`, `d`/`t`,
  /// `th`/`s`) are close.
  @inline(__always)
  static func consonantSubstitution(_ x: UInt8, _ y: UInt8) -> Float {
    if x == y { return 0 }
    let a = min(x, y)
    let b = max(x, y)
    switch (a, b) {
    case (UInt8(ascii: "g"), UInt8(ascii: "k")), (UInt8(ascii: "J"), UInt8(ascii: "g")),
      (UInt8(ascii: "d"), UInt8(ascii: "t")), (UInt8(ascii: "D"), UInt8(ascii: "d")),
      (UInt8(ascii: "D"), UInt8(ascii: "z")), (UInt8(ascii: "T"), UInt8(ascii: "s")),
      (UInt8(ascii: "T"), UInt8(ascii: "t")), (UInt8(ascii: "X"), UInt8(ascii: "h")),
      (UInt8(ascii: "X"), UInt8(ascii: "k")), (UInt8(ascii: "f"), UInt8(ascii: "v")),
      (UInt8(ascii: "b"), UInt8(ascii: "p")), (UInt8(ascii: "s"), UInt8(ascii: "z")),
      (UInt8(ascii: "S"), UInt8(ascii: "s")), (UInt8(ascii: "C"), UInt8(ascii: "S")),
      (UInt8(ascii: "J"), UInt8(ascii: "z")), (UInt8(ascii: "C"), UInt8(ascii: "J")),
      (UInt8(ascii: "C"), UInt8(ascii: "t")), (UInt8(ascii: "l"), UInt8(ascii: "r")),
      (UInt8(ascii: "b"), UInt8(ascii: "v")), (UInt8(ascii: "D"), UInt8(ascii: "T")):
      return 0.4
    default:
      return 1
    }
  }

  /// Cost of substituting one phonetic-key symbol for another: vowels for
  /// vowels are cheap (`Mohamed`/`Muhammad`), so are consonants that
  /// transliterate one sound (`Qadhafi`/`Gaddafi`).
  @inline(__always)
  static func keySubstitution(_ x: UInt8, _ y: UInt8) -> Float {
    if x == y { return 0 }
    let vowelX = PhoneticKeys.isVowel(x)
    let vowelY = PhoneticKeys.isVowel(y)
    if vowelX && vowelY { return 0.5 }
    if vowelX || vowelY { return 1 }
    return consonantSubstitution(x, y)
  }

  /// Weighted distance between phonetic keys (see `keySubstitution`);
  /// inserting or deleting a vowel costs 0.6.
  static func weightedKey(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Float {
    weighted(a, b, substitution: keySubstitution, indel: { PhoneticKeys.isVowel($0) || $0 == UInt8(ascii: "h") ? 0.6 : 1 })
  }

  @inline(__always)
  static func weighted(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
    substitution: (UInt8, UInt8) -> Float, indel: (UInt8) -> Float
  ) -> Float {
    let n = min(a.count, maximumLength)
    let m = min(b.count, maximumLength)
    if n == 0 || m == 0 {
      var total: Float = 0
      for k in 0..<n { total += indel(a[k]) }
      for k in 0..<m { total += indel(b[k]) }
      return total
    }
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * (m + 1)) { rows in
      var previous = rows.baseAddress!
      var current = previous + (m + 1)
      previous[0] = 0
      for j in 1...m { previous[j] = previous[j - 1] + indel(b[j - 1]) }
      for i in 1...n {
        let ai = a[i - 1]
        current[0] = previous[0] + indel(ai)
        for j in 1...m {
          let bj = b[j - 1]
          current[j] = min(
            previous[j] + indel(ai),
            current[j - 1] + indel(bj),
            previous[j - 1] + substitution(ai, bj))
        }
        swap(&previous, &current)
      }
      return previous[m]
    }
  }
}
