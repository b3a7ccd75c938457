/// Spelling-variant keys on lowercase ASCII bytes.
///
/// Both keys encode general knowledge of how one name is romanized in
/// different traditions: `kh`/`h`, `q`/`k`, `dzh`/`dj`/`j`, `-off`/`-ov`,
/// `ou`/`u`, `y`/`i`/`j`, `ch`/`tch`, doubled letters. The *phonetic key*
/// keeps vowels (normalized); the *class key* drops them and folds
/// consonants to their classes. Digraphs become single symbols: `S` (sh), `C` (ch), `X` (kh), `J` (j, zh,
/// dzh), `T` (th), `D` (dh).
enum PhoneticKeys {
  @inline(__always) static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
      UInt8(ascii: "y"):
      return true
    default: return false
    }
  }

  /// Rewrites digraphs and letter variants to one canonical consonant
  /// spelling, keeping vowels as written (but `y` → `i`).
  static func canonicalLetters(_ s: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count + 2)
    let n = s.count
    var i = 0
    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? s[k] : 0 }
    while i < n {
      let c = s[i]
      let next = at(i + 1)
      switch c {
      case UInt8(ascii: "d"):
        if next == UInt8(ascii: "z"), at(i + 2) == UInt8(ascii: "h") { out.append(UInt8(ascii: "J")); i += 3; continue }
        if next == UInt8(ascii: "j") { out.append(UInt8(ascii: "J")); i += 2; continue }
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "D")); i += 2; continue }
        out.append(c)
      case UInt8(ascii: "z"):
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "J")); i += 2; continue }
        out.append(c)
      case UInt8(ascii: "j"):
        // `j` after a vowel and before a consonant or the end is the glide of
        // ISO/German spellings (`sergej`, `Andrejs`); before a vowel it is a
        // consonant (`Hijazi`).
        if let last = out.last, last == UInt8(ascii: "a") || last == UInt8(ascii: "e") || last == UInt8(ascii: "i") || last == UInt8(ascii: "o") || last == UInt8(ascii: "u"),
          next == 0 || !isVowel(next)
        {
          out.append(UInt8(ascii: "i"))
        } else {
          out.append(UInt8(ascii: "J"))
        }
      case UInt8(ascii: "k"):
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "X")); i += 2; continue }
        out.append(UInt8(ascii: "k"))
      case UInt8(ascii: "g"):
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "g")); i += 2; continue }
        out.append(c)
      case UInt8(ascii: "q"):
        out.append(UInt8(ascii: "k"))
        if next == UInt8(ascii: "u") && isVowel(at(i + 2)) { i += 2; continue }
      case UInt8(ascii: "c"):
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "C")); i += 2; continue }
        if next == UInt8(ascii: "k") { out.append(UInt8(ascii: "k")); i += 2; continue }
        if next == UInt8(ascii: "z") { out.append(UInt8(ascii: "C")); i += 2; continue }  // Polish cz
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y") {
          out.append(UInt8(ascii: "s"))
        } else {
          out.append(UInt8(ascii: "k"))
        }
      case UInt8(ascii: "t"):
        if next == UInt8(ascii: "c"), at(i + 2) == UInt8(ascii: "h") { out.append(UInt8(ascii: "C")); i += 3; continue }
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "T")); i += 2; continue }
        if next == UInt8(ascii: "s"), at(i + 2) == UInt8(ascii: "c"), at(i + 3) == UInt8(ascii: "h") {
          out.append(UInt8(ascii: "C")); i += 4; continue
        }
        out.append(c)
      case UInt8(ascii: "s"):
        if next == UInt8(ascii: "c"), at(i + 2) == UInt8(ascii: "h") { out.append(UInt8(ascii: "S")); i += 3; continue }
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "S")); i += 2; continue }
        if next == UInt8(ascii: "z") { out.append(UInt8(ascii: "S")); i += 2; continue }  // Polish sz
        out.append(c)
      case UInt8(ascii: "p"):
        if next == UInt8(ascii: "h") { out.append(UInt8(ascii: "f")); i += 2; continue }
        out.append(c)
      case UInt8(ascii: "w"):
        out.append(UInt8(ascii: "v"))
      case UInt8(ascii: "x"):
        out.append(UInt8(ascii: "k"))
        out.append(UInt8(ascii: "s"))
      case UInt8(ascii: "y"):
        out.append(UInt8(ascii: "i"))
      case UInt8(ascii: "f"):
        // `-off`/`-eff` endings are the French/German spelling of `-ov`/`-ev`.
        if next == UInt8(ascii: "f"), i + 2 == n, let last = out.last, last == UInt8(ascii: "o") || last == UInt8(ascii: "e") {
          out.append(UInt8(ascii: "v")); i += 2; continue
        }
        out.append(c)
      default:
        out.append(c)
      }
      i += 1
    }
    return out
  }

  /// The phonetic key: canonical letters, vowel clusters simplified
  /// (`ou`→`u`, `ee`/`ie`→`i`, initial `ye`→`e`, final `ii`→`i`),
  /// doubled letters collapsed, and a final `h` after a vowel dropped.
  static func phoneticKey(_ s: [UInt8]) -> [UInt8] {
    let c = canonicalLetters(s)
    var out: [UInt8] = []
    out.reserveCapacity(c.count)
    let n = c.count
    var i = 0
    while i < n {
      var b = c[i]
      let next: UInt8 = i + 1 < n ? c[i + 1] : 0
      let afterNext: UInt8 = i + 2 < n ? c[i + 2] : 0
      if b == UInt8(ascii: "u"), i > 0, let last = out.last, last == UInt8(ascii: "a") || last == UInt8(ascii: "e") || last == UInt8(ascii: "o") || last == UInt8(ascii: "i"),
        next == 0 || !isVowel(next), !(last == UInt8(ascii: "o") && next != 0)
      {
        b = UInt8(ascii: "v")  // Belarusian ў: `Raukou` = `Ravkov`, `Vasilieu` = `Vasiliev`
      } else if b == UInt8(ascii: "o"), next == UInt8(ascii: "u"), afterNext == 0 {
        out.append(b); b = UInt8(ascii: "v"); i += 1  // final `-ou` = `-ov`
      } else if b == UInt8(ascii: "o"), next == UInt8(ascii: "u") || next == UInt8(ascii: "o") {
        b = UInt8(ascii: "u"); i += 1
      } else if b == UInt8(ascii: "e"), next == UInt8(ascii: "e") {
        b = UInt8(ascii: "i"); i += 1
      } else if b == UInt8(ascii: "i"), next == UInt8(ascii: "e"), i + 2 < n, !isVowel(c[i + 2]), i > 0 {
        i += 1  // `ie` → `i` inside a word (`Dmitriev` = `Dmitryev`)
      } else if i == 0, b == UInt8(ascii: "i"), next == UInt8(ascii: "e") {
        b = UInt8(ascii: "e"); i += 1  // `Yevgeny` = `Evgeny`
      }
      if b == UInt8(ascii: "h"), i == n - 1, let last = out.last, isVowel(last), out.count > 2 {
        i += 1
        continue  // `Abdullah` = `Abdulla`
      }
      if let last = out.last, last == b {
        i += 1
        continue
      }
      out.append(b)
      i += 1
    }
    // Final `ii`/`iy` collapse came with doubled letters; final `ij` is `i`.
    return out
  }

  /// The consonant class of a canonical symbol: letters that transliterate
  /// one sound share a class (`k g q X`, `t d D T`, `s z S`, `C J`,
  /// `f v b p`); 0 for vowels.
  @inline(__always)
  static func consonantClass(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "k"), UInt8(ascii: "g"), UInt8(ascii: "q"), UInt8(ascii: "X"): return UInt8(ascii: "K")
    case UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "T"): return UInt8(ascii: "T")
    case UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "S"): return UInt8(ascii: "S")
    case UInt8(ascii: "C"), UInt8(ascii: "J"): return UInt8(ascii: "C")
    case UInt8(ascii: "f"), UInt8(ascii: "v"), UInt8(ascii: "b"), UInt8(ascii: "p"): return UInt8(ascii: "P")
    default: return isVowel(byte) ? 0 : byte
    }
  }

  /// A phonetic key without vowels and with consonants folded to their
  /// class: the necessary condition of the weighted spelling-variant rule.
  static func classKey(_ key: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(key.count)
    for byte in key {
      let folded = consonantClass(byte)
      if folded == 0 || folded == out.last { continue }
      out.append(folded)
    }
    return out
  }
}
