/// The comparison of a word romanized from another script (kana, hangul,
/// hanzi, Thai, Devanagari, Greek, Cyrillic, ...) with a Latin spelling by
/// its sounds: how a foreign name comes out when a script's writers
/// transcribe it (`デンバー` denbā for Denver, `都柏林` dubolin for Dublin,
/// `ลอนดอน` london).
///
/// Both spellings become ``Sound`` sequences: vowels, and consonants with
/// their class (`p b f v w` → `P`, `t d th` → `T`, `k g q kh` → `K`,
/// `s z sh ch j ts` → `S`, `l r` → `L`, `m n` → `M`) and what else they may
/// be in a transcription (`g` before `e`/`i` may sound as `j`; a `w`, a `j`,
/// an `r` after a vowel may vanish). The alignment then charges what
/// transcriptions do: vowels inserted (the epenthetic `u` of kana, `eu` of
/// hangul), left out, or changed (cheaply where the script's vowels are
/// loose: hanzi, hangul, the abugidas), an `h` or a vanishing consonant
/// left out, a consonant of the same class. A consonant of another class is
/// never free: it makes another name. Its necessary condition, the
/// *skeleton* (the class string, one per choice of what ambiguous letters
/// are), is the rule's filter key (`SoundTranscription+Keys`).
enum SoundTranscription {
  /// One sound of a spelling.
  struct Sound: Equatable {
    /// The letter, or a symbol for a digraph: `S` sh, `J` j/zh/dzh, `C`
    /// ch/ts, `X` kh, `T` th, `D` dh; vowels as `a e i o u`.
    var letter: UInt8
    /// ``vowel``, ``glide`` (`h`), or a consonant class (`P T K S L M`).
    var soundClass: UInt8
    /// Another class the consonant may be heard as, ``vanishes`` when it
    /// may be left out, 0 for neither.
    var alternative: UInt8 = 0
    /// Whether this is the last consonant of a Latin spelling, which
    /// scripts whose syllables end in a vowel or nasal may leave out
    /// (`巴貝多` Barbados, `底特律` Detroit).
    var isFinalConsonant = false
  }

  /// How freely a script's transcriptions change vowels.
  enum VowelChanges: UInt8, Comparable {
    /// Vowels written faithfully (Cyrillic, Greek, Georgian, Armenian).
    case faithful
    /// Five vowels for every foreign sound (kana: `ā` for `er`, `ur`).
    case moderate
    /// Few vowels for many, or an unwritten inherent vowel (hanzi, hangul,
    /// the abugidas, Thai).
    case loose

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// A set of the vowels `a e i o u`, as bits.
  struct VowelSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let a = VowelSet(rawValue: 1)
    static let e = VowelSet(rawValue: 2)
    static let i = VowelSet(rawValue: 4)
    static let o = VowelSet(rawValue: 8)
    static let u = VowelSet(rawValue: 16)
    static let all: VowelSet = [.a, .e, .i, .o, .u]

    @inline(__always)
    func contains(letter: UInt8) -> Bool {
      switch letter {
      case UInt8(ascii: "a"): return contains(.a)
      case UInt8(ascii: "e"): return contains(.e)
      case UInt8(ascii: "i"): return contains(.i)
      case UInt8(ascii: "o"): return contains(.o)
      default: return contains(.u)
      }
    }
  }

  /// What the scripts of a pair do with vowels and `r`.
  struct Conventions {
    /// How freely vowels change.
    var vowelChanges: VowelChanges
    /// The vowels (``VowelSet``) that may stand in the first spelling and
    /// not the second, cheaply: vowels a script inserts (the epenthetic `u`,
    /// `o`, `i` of kana, `eu` of hangul, the inherent `a` of an abugida), or
    /// Latin vowels a script leaves unwritten.
    var gapVowelsA: VowelSet
    /// The same for the second spelling.
    var gapVowelsB: VowelSet
    /// An `r` after a vowel goes unwritten.
    var dropsPostvocalicR: Bool
    /// A word's last consonant may go unwritten.
    var dropsFinalConsonant = false
    /// Consonants of one class are written alike (`l`/`r`, `b`/`p`/`v`/`f`,
    /// `t`/`d` in hanzi, hangul, kana).
    var mergesConsonants = false
  }

  static let vowel = UInt8(ascii: "V")
  static let glide = UInt8(ascii: "H")
  static let vanishes = UInt8(ascii: "-")
  /// An `r` after a vowel: vanishes only by scripts that drop it.
  static let vanishesUnlessRhotic = UInt8(ascii: "_")

  /// How a spelling's letters are read: Latin spellings of every language,
  /// pinyin (`q`, `x`, `c` are affricates and sibilants), or another
  /// script's romanization (`c` is ts or ch; Greek `nt`, `mp`, `gk` may be
  /// `d`, `b`, `g`).
  enum Style: UInt8, Sendable {
    case latin, pinyin, romanized, greek, cyrillic, kana
  }

  /// The longest form compared, in letters; longer forms are not compared.
  static let longestForm = 48

  // MARK: - Costs

  /// Vowels close in every transcription (`e`/`i`, `o`/`u`).
  static let closeVowelCost: Float = 0.15
  /// `a` against another vowel, and any other pair, in kana.
  static let moderateOpenVowelCost: Float = 0.35
  static let moderateOtherVowelCost: Float = 0.45
  /// The same, and `a` against another vowel, and any other vowel pair, in
  /// scripts that write vowels faithfully (kana, Greek, Cyrillic, Georgian,
  /// Armenian): there a vowel changed is almost a letter changed (`Перес`
  /// Peres is not Paris).
  static let faithfulCloseVowelCost: Float = 0.35
  static let openVowelCost: Float = 0.7
  static let otherVowelCost: Float = 0.8
  /// The same in scripts whose vowels are loose (hanzi, hangul, the
  /// abugidas with an inherent vowel, Thai).
  static let looseVowelCost: Float = 0.2
  /// A vowel inserted or left out inside a word, by a script that writes
  /// every vowel, and at its end (a silent Latin `e`, `Anchorage`).
  static let vowelGapCost: Float = 0.6
  static let finalVowelGapCost: Float = 0.25
  /// The same by a script with loose vowels (epenthetic `u` of kana, `eu`
  /// of hangul, an unwritten inherent vowel).
  static let looseVowelGapCost: Float = 0.25
  /// A vowel inserted or left out at the start of a word: transcriptions
  /// keep initial vowels (`Havana` is not `Vena`).
  static let initialVowelGapCost: Float = 0.7
  /// An `h` inserted or left out.
  static let glideGapCost: Float = 0.2
  /// A consonant that may vanish, left out; an `r` after a vowel only by a
  /// script that does not pronounce it (kana `デンバー` Denver, hangul,
  /// hanzi, Thai).
  static let vanishingCost: Float = 0.3
  /// A Latin word's last consonant left out (see ``Sound/isFinalConsonant``).
  static let finalConsonantGapCost: Float = 0.45
  /// Two consonants of one class (`b`/`v`, `t`/`d`, `l`/`r`) in a script
  /// that writes them alike (hanzi, hangul, kana), and spellings of one
  /// sound in any script (`v`/`w`, `th`/`t`, a `g` heard as `j`).
  static let sameClassCost: Float = 0.1
  /// `m` against `n` where consonants are written alike.
  static let nasalCost: Float = 0.2
  /// Consonants of one class that a script keeps apart but transcriptions
  /// often confuse (`b`/`v`, `s`/`z`, `sh`/`s`, `ch`/`j`), and any other
  /// two of one class (`t`/`d`, `l`/`r`, `m`/`n`) in such a script.
  static let nearConsonantCost: Float = 0.25
  static let distinctConsonantCost: Float = 0.55
  /// A consonant read as its other class (a `g` as `j`, a `ch` as `k`) in
  /// a script that keeps consonants apart: the reading is a guess.
  static let alternativeReadingCost: Float = 0.3
  /// What no transcription does.
  static let impossible: Float = 1000
  /// Spellings shorter than this many sounds count as this long.
  static let shortestNorm = 4

  // MARK: - Reading a spelling

  /// Writes the sounds of `form` into `out` (at least `form.count` long) and
  /// returns how many; doubled letters count once.
  static func read(_ form: UnsafeBufferPointer<UInt8>, style: Style, into out: UnsafeMutablePointer<Sound>) -> Int {
    let n = form.count
    var count = 0
    var i = 0
    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? form[k] : 0 }
    @inline(__always) func emit(_ letter: UInt8, _ soundClass: UInt8, _ alternative: UInt8 = 0) {
      if count > 0, out[count - 1].letter == letter { return }  // doubled
      out[count] = Sound(letter: letter, soundClass: soundClass, alternative: alternative)
      count += 1
    }
    while i < n {
      let c = form[i]
      let next = at(i + 1)
      let afterVowel = count > 0 && out[count - 1].soundClass == vowel
      var step = 1
      // Kana write `t` and `d` before `i` and `u` as `chi`, `tsu`, `ji`, `zu`
      // (`プーチン` Putin).
      if style == .kana, let (symbol, length) = kanaDental(form, at: i) {
        emit(symbol, UInt8(ascii: "S"), UInt8(ascii: "T"))
        i += length
        continue
      }
      switch c {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
        emit(c, vowel)
      case UInt8(ascii: "y"):
        emit(UInt8(ascii: "i"), vowel)
      case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "v"):
        emit(c, UInt8(ascii: "P"))
      case UInt8(ascii: "p"):
        if next == UInt8(ascii: "h") {
          emit(UInt8(ascii: "f"), UInt8(ascii: "P")); step = 2
        } else {
          emit(c, UInt8(ascii: "P"))
        }
      case UInt8(ascii: "w"):
        emit(c, UInt8(ascii: "P"), vanishes)
      case UInt8(ascii: "t"):
        if next == UInt8(ascii: "h") {
          emit(UInt8(ascii: "T"), UInt8(ascii: "T")); step = 2
        } else if next == UInt8(ascii: "s") || next == UInt8(ascii: "z") {
          emit(UInt8(ascii: "C"), UInt8(ascii: "S")); step = 2
        } else if next == UInt8(ascii: "c"), at(i + 2) == UInt8(ascii: "h") {
          emit(UInt8(ascii: "C"), UInt8(ascii: "S")); step = 3
        } else {
          emit(c, UInt8(ascii: "T"))
        }
      case UInt8(ascii: "d"):
        if next == UInt8(ascii: "h") {
          emit(UInt8(ascii: "D"), UInt8(ascii: "T")); step = 2
        } else if next == UInt8(ascii: "z") || next == UInt8(ascii: "j") {
          emit(UInt8(ascii: "J"), UInt8(ascii: "S")); step = at(i + 2) == UInt8(ascii: "h") ? 3 : 2
        } else {
          emit(c, UInt8(ascii: "T"))
        }
      case UInt8(ascii: "k"):
        if next == UInt8(ascii: "h") {
          // `kh` (х, خ) is also how other scripts write an `h` (`Уайтхорс`).
          emit(UInt8(ascii: "X"), UInt8(ascii: "K"), vanishes); step = 2
        } else {
          emit(c, UInt8(ascii: "K"))
        }
      case UInt8(ascii: "g"):
        if next == UInt8(ascii: "h") {
          emit(c, UInt8(ascii: "K"), vanishes); step = 2
        } else if style == .latin, next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y") {
          emit(c, UInt8(ascii: "K"), UInt8(ascii: "S"))
        } else if count > 0, out[count - 1].letter == UInt8(ascii: "n"), !PhoneticKeys.isVowel(next) {
          emit(c, UInt8(ascii: "K"), vanishes)  // final `ng`
        } else if style == .greek, next == UInt8(ascii: "k") || next == UInt8(ascii: "g") {
          emit(c, UInt8(ascii: "K"), vanishes)  // γκ, γγ
        } else if style == .greek, next == UInt8(ascii: "i") || next == UInt8(ascii: "e") {
          emit(c, UInt8(ascii: "K"), vanishes)  // γι, γε: a `y`
        } else {
          emit(c, UInt8(ascii: "K"))
        }
      case UInt8(ascii: "q"):
        if style == .pinyin {
          emit(UInt8(ascii: "C"), UInt8(ascii: "S"), UInt8(ascii: "K"))
        } else {
          emit(UInt8(ascii: "k"), UInt8(ascii: "K"))
          if next == UInt8(ascii: "u"), PhoneticKeys.isVowel(at(i + 2)) { step = 2 }
        }
      case UInt8(ascii: "c"):
        if next == UInt8(ascii: "h") {
          emit(UInt8(ascii: "C"), UInt8(ascii: "S"), style == .latin ? UInt8(ascii: "K") : 0); step = 2
        } else if next == UInt8(ascii: "k") {
          emit(UInt8(ascii: "k"), UInt8(ascii: "K")); step = 2
        } else if next == UInt8(ascii: "z") {
          emit(UInt8(ascii: "C"), UInt8(ascii: "S")); step = 2
        } else if style != .latin {
          emit(UInt8(ascii: "C"), UInt8(ascii: "S"))
        } else if next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y") {
          emit(UInt8(ascii: "s"), UInt8(ascii: "S"))
        } else {
          emit(UInt8(ascii: "k"), UInt8(ascii: "K"))
        }
      case UInt8(ascii: "s"):
        if next == UInt8(ascii: "c"), at(i + 2) == UInt8(ascii: "h") {
          emit(UInt8(ascii: "S"), UInt8(ascii: "S")); step = 3
        } else if next == UInt8(ascii: "h") || next == UInt8(ascii: "z") {
          emit(UInt8(ascii: "S"), UInt8(ascii: "S")); step = 2
        } else {
          emit(c, UInt8(ascii: "S"))
        }
      case UInt8(ascii: "z"):
        if next == UInt8(ascii: "h") {
          emit(UInt8(ascii: "J"), UInt8(ascii: "S")); step = 2
        } else {
          emit(c, UInt8(ascii: "S"))
        }
      case UInt8(ascii: "j"):
        // A Latin `j` may be a `y` (German, Slavic) or an `h` (Spanish), and
        // vanish in a transcription; in another script's romanization it is
        // the sound `j`, or in pinyin also a `g` or `k` (`里加` Riga).
        // In a romanization of Cyrillic it is `й`, a `y`.
        if style == .cyrillic {
          emit(UInt8(ascii: "i"), vowel)
        } else {
          let alternative = style == .latin ? vanishes : style == .pinyin ? UInt8(ascii: "K") : 0
          emit(UInt8(ascii: "J"), UInt8(ascii: "S"), alternative)
        }
      case UInt8(ascii: "x"):
        if style == .pinyin {
          emit(UInt8(ascii: "S"), UInt8(ascii: "S"))
        } else {
          emit(UInt8(ascii: "k"), UInt8(ascii: "K"), vanishes)
          emit(UInt8(ascii: "s"), UInt8(ascii: "S"), vanishes)
        }
      case UInt8(ascii: "l"):
        emit(c, UInt8(ascii: "L"))
      case UInt8(ascii: "r"):
        emit(c, UInt8(ascii: "L"), afterVowel && !PhoneticKeys.isVowel(next) ? vanishesUnlessRhotic : 0)
      case UInt8(ascii: "m"):
        emit(c, UInt8(ascii: "M"), style == .greek && (next == UInt8(ascii: "p") || next == UInt8(ascii: "b")) ? vanishes : 0)
      case UInt8(ascii: "n"):
        // Greek `ντ` is a `d`, `γκ` (romanized `nk`) a `g`.
        let greekCluster = next == UInt8(ascii: "t") || next == UInt8(ascii: "d") || next == UInt8(ascii: "k") || next == UInt8(ascii: "g")
        emit(c, UInt8(ascii: "M"), style == .greek && greekCluster ? vanishes : 0)
      case UInt8(ascii: "h"):
        emit(c, glide)
      default:
        emit(c, c)  // a digit: only itself
      }
      i += step
    }
    if style == .latin, count > 0, out[count - 1].soundClass != vowel, out[count - 1].soundClass != glide {
      out[count - 1].isFinalConsonant = true
    }
    return count
  }

  /// A kana `ch`, `ts`, `j` or `z` before `i` or `u` at `i`: its symbol
  /// and length in letters.
  static func kanaDental(_ form: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
    let n = form.count
    @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? form[k] : 0 }
    let (symbol, length): (UInt8, Int)
    switch (form[i], at(i + 1)) {
    case (UInt8(ascii: "c"), UInt8(ascii: "h")), (UInt8(ascii: "t"), UInt8(ascii: "s")): (symbol, length) = (UInt8(ascii: "C"), 2)
    case (UInt8(ascii: "j"), _): (symbol, length) = (UInt8(ascii: "J"), 1)
    case (UInt8(ascii: "z"), _): (symbol, length) = (UInt8(ascii: "z"), 1)
    default: return nil
    }
    let next = at(i + length)
    return next == UInt8(ascii: "i") || next == UInt8(ascii: "u") ? (symbol, length) : nil
  }

  // MARK: - Alignment

  /// The similarity in [0, 1] of two spellings read in `aStyle` and
  /// `bStyle`: 1 less the cheapest alignment's cost per sound of the longer
  /// one; 0 when no alignment is possible or `a`/`b` is too long.
  static func similarity(
    _ a: [UInt8], _ aStyle: Style, _ b: [UInt8], _ bStyle: Style, conventions: Conventions, minimum: Float
  ) -> Float {
    guard a.count <= longestForm, b.count <= longestForm, !a.isEmpty, !b.isEmpty else { return 0 }
    // `x` is two sounds: room for two per letter.
    return withUnsafeTemporaryAllocation(of: Sound.self, capacity: 2 * (a.count + b.count)) { sounds in
      let base = sounds.baseAddress!
      let countA = a.withUnsafeBufferPointer { read($0, style: aStyle, into: base) }
      let countB = b.withUnsafeBufferPointer { read($0, style: bStyle, into: base + countA) }
      return similarity(
        UnsafeBufferPointer(start: base, count: countA), UnsafeBufferPointer(start: base + countA, count: countB),
        conventions: conventions, minimum: minimum)
    }
  }

  /// The similarity of two spellings already read.
  static func similarity(
    _ a: UnsafeBufferPointer<Sound>, _ b: UnsafeBufferPointer<Sound>, conventions: Conventions, minimum: Float
  ) -> Float {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let norm = Float(max(a.count, b.count, shortestNorm))
    let limit = (1 - minimum) * norm
    let cost = alignmentCost(a, b, conventions: conventions, limit: limit)
    return cost > limit ? 0 : 1 - cost / norm
  }

  /// Reads up to `limit` forms into stack memory and calls `body` with
  /// their sounds, one after another, and where each form's sounds start
  /// (`starts[k]..<starts[k + 1]`); forms longer than ``longestForm`` read
  /// as no sounds.
  static func withSounds<R>(
    of forms: [[UInt8]], limit: Int, style: Style,
    _ body: (UnsafeBufferPointer<Sound>, UnsafeBufferPointer<Int>) -> R
  ) -> R {
    let used = min(limit, forms.count)
    var capacity = 0
    for index in 0..<used where forms[index].count <= longestForm { capacity += 2 * forms[index].count }
    return withUnsafeTemporaryAllocation(of: Sound.self, capacity: max(1, capacity)) { sounds in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: used + 1) { starts in
        var count = 0
        for index in 0..<used {
          starts[index] = count
          let form = forms[index]
          guard form.count <= longestForm else { continue }
          count += form.withUnsafeBufferPointer { read($0, style: style, into: sounds.baseAddress! + count) }
        }
        starts[used] = count
        return body(UnsafeBufferPointer(rebasing: sounds[0..<count]), UnsafeBufferPointer(starts))
      }
    }
  }

  /// The cheapest alignment of two sound sequences (edit distance with the
  /// costs above); any value above `limit` means "too dissimilar".
  static func alignmentCost(
    _ a: UnsafeBufferPointer<Sound>, _ b: UnsafeBufferPointer<Sound>, conventions: Conventions, limit: Float
  ) -> Float {
    let m = b.count
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * (m + 1)) { rows in
      var previous = rows.baseAddress!
      var current = previous + (m + 1)
      let gapB = current + (m + 1)
      for j in 0..<m { gapB[j] = gapCost(b, at: j, conventions, gapVowels: conventions.gapVowelsB) }
      previous[0] = 0
      for j in 0..<m { previous[j + 1] = previous[j] + gapB[j] }
      for i in 0..<a.count {
        let x = a[i]
        let gapX = gapCost(a, at: i, conventions, gapVowels: conventions.gapVowelsA)
        current[0] = previous[0] + gapX
        var rowMinimum = current[0]
        for j in 0..<m {
          let y = b[j]
          let substitute = previous[j] + substitutionCost(x, y, conventions)
          let deleteX = previous[j + 1] + gapX
          let insertY = current[j] + gapB[j]
          let best = min(substitute, min(deleteX, insertY))
          current[j + 1] = best
          rowMinimum = min(rowMinimum, best)
        }
        if rowMinimum > limit { return impossible }
        swap(&previous, &current)
      }
      return previous[m]
    }
  }

  /// The cost of inserting or leaving out the sound at `index`.
  @inline(__always)
  static func gapCost(
    _ sounds: UnsafeBufferPointer<Sound>, at index: Int, _ conventions: Conventions, gapVowels: VowelSet
  ) -> Float {
    let sound = sounds[index]
    if sound.soundClass == vowel {
      if index == 0 { return initialVowelGapCost }
      if gapVowels.contains(letter: sound.letter) { return looseVowelGapCost }
      return index == sounds.count - 1 ? finalVowelGapCost : vowelGapCost
    }
    if sound.soundClass == glide { return glideGapCost }
    if sound.isFinalConsonant, conventions.dropsFinalConsonant {
      return min(finalConsonantGapCost, sound.alternative == vanishes ? vanishingCost : impossible)
    }
    switch sound.alternative {
    case vanishes: return vanishingCost
    case vanishesUnlessRhotic: return conventions.dropsPostvocalicR ? vanishingCost : impossible
    default: return impossible
    }
  }

  @inline(__always)
  static func substitutionCost(_ x: Sound, _ y: Sound, _ conventions: Conventions) -> Float {
    if x.letter == y.letter { return 0 }
    let xVowel = x.soundClass == vowel
    let yVowel = y.soundClass == vowel
    if xVowel && yVowel { return vowelCost(x.letter, y.letter, conventions.vowelChanges) }
    // `w` written as the vowel `u` (`Уайтхорс` Whitehorse); `kh` as `h`.
    if isPair(x, y, UInt8(ascii: "u"), UInt8(ascii: "w")) || isPair(x, y, UInt8(ascii: "h"), UInt8(ascii: "X")) {
      return sameClassCost
    }
    if xVowel || yVowel || x.soundClass == glide || y.soundClass == glide { return impossible }
    if x.soundClass == y.soundClass { return consonantCost(x.letter, y.letter, conventions) }
    if x.alternative == y.soundClass || y.alternative == x.soundClass
      || (x.alternative == y.alternative && x.alternative != 0 && x.alternative != vanishes
        && x.alternative != vanishesUnlessRhotic)
    {
      return conventions.mergesConsonants ? sameClassCost : alternativeReadingCost
    }
    return impossible
  }

  /// Two different consonants of one class.
  @inline(__always)
  static func consonantCost(_ x: UInt8, _ y: UInt8, _ conventions: Conventions) -> Float {
    let pair = (min(x, y), max(x, y))
    if conventions.mergesConsonants {
      return pair == (UInt8(ascii: "m"), UInt8(ascii: "n")) ? nasalCost : sameClassCost
    }
    for spelling in oneSound where spelling == pair { return sameClassCost }
    for near in nearConsonants where near == pair { return nearConsonantCost }
    return distinctConsonantCost
  }

  /// Letters (ordered pairs, smaller byte first) that spell one sound.
  static let oneSound: [(UInt8, UInt8)] = [
    (UInt8(ascii: "v"), UInt8(ascii: "w")), (UInt8(ascii: "T"), UInt8(ascii: "t")),
    (UInt8(ascii: "D"), UInt8(ascii: "d")), (UInt8(ascii: "X"), UInt8(ascii: "k")),
  ]
  /// Letters that transcriptions often confuse.
  static let nearConsonants: [(UInt8, UInt8)] = [
    (UInt8(ascii: "b"), UInt8(ascii: "v")), (UInt8(ascii: "b"), UInt8(ascii: "w")),
    (UInt8(ascii: "f"), UInt8(ascii: "v")), (UInt8(ascii: "s"), UInt8(ascii: "z")),
    (UInt8(ascii: "S"), UInt8(ascii: "s")), (UInt8(ascii: "C"), UInt8(ascii: "J")),
    (UInt8(ascii: "C"), UInt8(ascii: "S")), (UInt8(ascii: "J"), UInt8(ascii: "z")),
    (UInt8(ascii: "C"), UInt8(ascii: "s")), (UInt8(ascii: "J"), UInt8(ascii: "S")),
    (UInt8(ascii: "X"), UInt8(ascii: "g")), (UInt8(ascii: "T"), UInt8(ascii: "d")),
  ]

  @inline(__always)
  static func isPair(_ x: Sound, _ y: Sound, _ first: UInt8, _ second: UInt8) -> Bool {
    (x.letter == first && y.letter == second) || (x.letter == second && y.letter == first)
  }

  @inline(__always)
  static func vowelCost(_ x: UInt8, _ y: UInt8, _ vowelChanges: VowelChanges) -> Float {
    let pair = (min(x, y), max(x, y))
    let close = pair == (UInt8(ascii: "e"), UInt8(ascii: "i")) || pair == (UInt8(ascii: "o"), UInt8(ascii: "u"))
    let open = x == UInt8(ascii: "a") || y == UInt8(ascii: "a")
    switch vowelChanges {
    case .loose: return close ? closeVowelCost : looseVowelCost
    case .moderate: return close ? closeVowelCost : open ? moderateOpenVowelCost : moderateOtherVowelCost
    case .faithful: return close ? faithfulCloseVowelCost : open ? openVowelCost : otherVowelCost
    }
  }
}
