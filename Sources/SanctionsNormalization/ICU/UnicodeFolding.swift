import ICUShim

/// Stateless ICU services: NFKC case folding, NFD and script lookup.
enum UnicodeFolding {
  /// NFKC_Casefold of UTF-16 text: compatibility forms (full-width letters,
  /// ligatures) to plain ones, case folded, default-ignorables (ZWSP, ZWNJ, ZWJ,
  /// WJ, BOM, soft hyphen, bidi controls) removed.
  static func nfkcCasefold(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
    try text.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
      try withGrowingBuffer(initialCapacity: source.count + source.count / 2, operation: "NFKC case folding") {
        sanctions_icu_nfkc_casefold(source.baseAddress, Int32(source.count), $0, $1, &$2)
      }
    }
  }

  /// Canonical decomposition (used before the Korean transform).
  static func nfd(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
    try text.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
      try withGrowingBuffer(initialCapacity: source.count * 3, operation: "NFD") {
        sanctions_icu_nfd(source.baseAddress, Int32(source.count), $0, $1, &$2)
      }
    }
  }

  /// The writing system of one scalar, with fast paths for the common ranges.
  static func script(of scalar: Unicode.Scalar) -> NameScript {
    let value = scalar.value
    switch value {
    case 0x30...0x39: return .common
    case 0x61...0x7A, 0x41...0x5A: return .latin
    case 0xC0...0x24F: return (value == 0xD7 || value == 0xF7) ? .common : .latin
    case 0x400...0x52F: return .cyrillic
    case 0x370...0x3FF: return .greek
    default: return NameScript(sanctions_icu_script(value))
    }
  }

  /// ICU's own script code of a code point (every script Unicode knows, not
  /// only those ``NameScript`` distinguishes), or nil if ICU fails.
  static func icuScriptCode(of value: UInt32) -> Int32? {
    let code = sanctions_icu_script_code(value)
    return code < 0 ? nil : code
  }

  /// ICU's long name of a script code (`Khmer`), if it knows the code.
  static func icuScriptName(of code: Int32) -> String? {
    sanctions_icu_script_name(code).map { String(cString: $0) }
  }
}

extension NameScript {
  init(_ shimScript: sanctions_script_t) {
    switch shimScript {
    case SANCTIONS_SCRIPT_COMMON: self = .common
    case SANCTIONS_SCRIPT_INHERITED: self = .inherited
    case SANCTIONS_SCRIPT_LATIN: self = .latin
    case SANCTIONS_SCRIPT_CYRILLIC: self = .cyrillic
    case SANCTIONS_SCRIPT_GREEK: self = .greek
    case SANCTIONS_SCRIPT_ARABIC: self = .arabic
    case SANCTIONS_SCRIPT_HEBREW: self = .hebrew
    case SANCTIONS_SCRIPT_HAN: self = .han
    case SANCTIONS_SCRIPT_HANGUL: self = .hangul
    case SANCTIONS_SCRIPT_HIRAGANA: self = .hiragana
    case SANCTIONS_SCRIPT_KATAKANA: self = .katakana
    case SANCTIONS_SCRIPT_GEORGIAN: self = .georgian
    case SANCTIONS_SCRIPT_ARMENIAN: self = .armenian
    case SANCTIONS_SCRIPT_THAI: self = .thai
    case SANCTIONS_SCRIPT_DEVANAGARI: self = .devanagari
    case SANCTIONS_SCRIPT_LAO: self = .lao
    case SANCTIONS_SCRIPT_KHMER: self = .khmer
    case SANCTIONS_SCRIPT_MYANMAR: self = .myanmar
    default: self = .other
    }
  }
}
