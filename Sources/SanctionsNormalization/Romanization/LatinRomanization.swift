import Synchronization

/// Romanization of Latin-script tokens with diacritics and special letters.
///
/// The basic form strips diacritics the way lists print names in ASCII
/// (`müller` → `muller`, `łódź` → `lodz`, `ß` → `ss`); an expanded form spells
/// letters out the way German, Scandinavian and Slavic names are often written
/// in English (`müller` → `mueller`, `šojgu` → `shojgu`).
enum LatinRomanization {
  static func forms(of scalars: some Sequence<Unicode.Scalar>) -> [String] {
    var basic: [UInt8] = []
    var expanded: [UInt8] = []
    var differs = false
    basic.reserveCapacity(24)
    expanded.reserveCapacity(24)
    for scalar in scalars {
      let value = scalar.value
      switch value {
      case 0x61...0x7A, 0x30...0x39:
        basic.append(UInt8(value))
        expanded.append(UInt8(value))
      case 0x41...0x5A:
        basic.append(UInt8(value) | 0x20)
        expanded.append(UInt8(value) | 0x20)
      case 0...0x7F:
        continue
      default:
        let folded = LatinLetterTable.shared.ascii(for: scalar)
        basic.append(contentsOf: folded.utf8)
        if let spelled = expandedSpelling(value) {
          expanded.append(contentsOf: spelled.utf8)
          differs = true
        } else {
          expanded.append(contentsOf: folded.utf8)
        }
      }
    }
    let first = String(decoding: basic, as: UTF8.self)
    return differs ? [first, String(decoding: expanded, as: UTF8.self)] : [first]
  }

  /// Conventional English spellings of letters that lose information when
  /// their diacritic is stripped.
  static func expandedSpelling(_ value: UInt32) -> String? {
    switch value {
    case 0xE4, 0xE6: "ae"  // ä æ
    case 0xF6, 0xF8, 0x153: "oe"  // ö ø œ
    case 0xFC: "ue"  // ü
    case 0xE5: "aa"  // å
    case 0x10D, 0x107: "ch"  // č ć
    case 0x161, 0x15B, 0x15F, 0x219: "sh"  // š ś ş ș
    case 0x17E, 0x17A, 0x17C: "zh"  // ž ź ż
    case 0x11F: "gh"  // ğ
    default: nil
    }
  }
}

/// ASCII spellings of non-ASCII Latin letters, from ICU's `Latin-ASCII`.
final class LatinLetterTable: Sendable {
  static let shared = LatinLetterTable()

  /// Precomputed for Latin-1 Supplement through Latin Extended-B.
  private let table: [String]
  private static let tableRange: Range<UInt32> = 0x80..<0x250
  /// Everything else, computed on first use.
  private let others = Mutex<[UInt32: String]>([:])

  private init() {
    var table: [String] = []
    table.reserveCapacity(Self.tableRange.count)
    for value in Self.tableRange {
      table.append(Self.compute(Unicode.Scalar(value)!))
    }
    self.table = table
  }

  func ascii(for scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if Self.tableRange.contains(value) {
      return table[Int(value - Self.tableRange.lowerBound)]
    }
    if let known = others.withLock({ $0[value] }) { return known }
    let computed = Self.compute(scalar)
    others.withLock { $0[value] = computed }
    return computed
  }

  private static func compute(_ scalar: Unicode.Scalar) -> String {
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
      return ""
    }
    let units = Array(String(Character(scalar)).utf16)
    guard let output = try? TransliteratorPool.shared.transliterate(units, id: "Any-Latin; Latin-ASCII") else {
      return ""
    }
    return ASCIIFolding.fold(output)
  }
}

/// Reading of look-alike letters from other scripts as Latin (UTS #39
/// confusable skeletons, restricted to single scalars that look like ASCII
/// letters, so genuine Latin letters are never rewritten).
enum HomoglyphFolding {
  private static let lookAlikes = Mutex<[UInt32: String?]>([:])

  static func lookAlike(of scalar: Unicode.Scalar) -> String? {
    if let known = lookAlikes.withLock({ $0[scalar.value] }) { return known }
    var computed = ConfusableSkeletons.shared.latinLookAlike(of: scalar)
    // UTS #39 skeletons write every vertical stroke as `l`; an upper-case
    // one (Cyrillic `І`, Greek `Ι`, `Ӏ`) imitates the capital `I`.
    if computed == "l", scalar.properties.isUppercase { computed = "I" }
    lookAlikes.withLock { $0[scalar.value] = .some(computed) }
    return computed
  }

  /// Rewrites words that are mostly Latin but contain look-alike letters
  /// from other scripts (`VTВ` with a Cyrillic `В`, `E-ΝAU` with a Greek
  /// `Ν`) before case folding, while the letter case still tells `В` (`B`)
  /// from `в`, and `Ν` (`N`) from `ν` (`v`). Returns nil when nothing changed.
  static func foldMixedWords(_ scalars: String.UnicodeScalarView) -> String? {
    var result = String.UnicodeScalarView()
    var word: [Unicode.Scalar] = []
    var changed = false
    func flush() {
      defer { word.removeAll(keepingCapacity: true) }
      var latin = 0
      var other = 0
      for scalar in word {
        switch UnicodeFolding.script(of: scalar) {
        case .latin: latin += 1
        case .common, .inherited: break
        default: other += 1
        }
      }
      guard other > 0, latin >= other else {
        result.append(contentsOf: word)
        return
      }
      for scalar in word {
        let script = UnicodeFolding.script(of: scalar)
        if script != .latin, script != .common, script != .inherited, let latinLetter = lookAlike(of: scalar) {
          result.append(contentsOf: latinLetter.unicodeScalars)
          changed = true
        } else {
          result.append(scalar)
        }
      }
    }
    for scalar in scalars {
      if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .format {
        word.append(scalar)
      } else {
        flush()
        result.append(scalar)
      }
    }
    flush()
    return changed ? String(result) : nil
  }

  /// A mixed token with every non-Latin letter replaced by its Latin
  /// look-alike, or (when it has none) by its transliteration.
  static func latinReading(of scalars: [Unicode.Scalar]) throws(ICUError) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    for scalar in scalars {
      let script = UnicodeFolding.script(of: scalar)
      if script == .latin || script == .common || script == .inherited {
        result.append(scalar)
      } else if let latin = lookAlike(of: scalar) {
        result.append(contentsOf: latin.unicodeScalars)
      } else {
        let units = Array(String(Character(scalar)).utf16)
        let output = try TransliteratorPool.shared.transliterate(units, id: "Any-Latin; Latin-ASCII")
        result.append(contentsOf: ASCIIFolding.fold(output).unicodeScalars)
      }
    }
    return result
  }

  /// A Cyrillic-dominant token with its Latin look-alike letters replaced by
  /// the Cyrillic letters they imitate, or nil if some Latin letter has no
  /// Cyrillic twin (then the token is read as Latin).
  static func cyrillicReading(of scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    for scalar in scalars {
      guard UnicodeFolding.script(of: scalar) == .latin else {
        result.append(scalar)
        continue
      }
      let twin: UInt32
      switch scalar.value {
      case 0x61: twin = 0x430  // a → а
      case 0x63: twin = 0x441  // c → с
      case 0x65: twin = 0x435  // e → е
      case 0xEB: twin = 0x451  // ë → ё
      case 0x69: twin = 0x456  // i → і
      case 0xEF: twin = 0x457  // ï → ї
      case 0x6A: twin = 0x458  // j → ј
      case 0x6B, 0x138: twin = 0x43A  // k, ĸ → к
      case 0x6D: twin = 0x43C  // m → м
      case 0x6F: twin = 0x43E  // o → о
      case 0x70: twin = 0x440  // p → р
      case 0x78: twin = 0x445  // x → х
      case 0x79: twin = 0x443  // y → у
      case 0x68: twin = 0x4BB  // h → һ
      case 0x62: twin = 0x432  // b → в (upper-case B)
      case 0x74: twin = 0x442  // t → т (upper-case T)
      default: return nil
      }
      result.append(Unicode.Scalar(twin)!)
    }
    return result
  }

  /// The Latin reading of a token whose every letter is a Latin look-alike.
  static func fullLatinLookAlike(of scalars: [Unicode.Scalar]) -> String? {
    var result = ""
    for scalar in scalars {
      guard let latin = lookAlike(of: scalar) else { return nil }
      result += latin
    }
    return result
  }
}
