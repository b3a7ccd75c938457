package import SanctionsSupport

/// Prepared tokens and names as bytes, for an index file: a batch that reads
/// them back does no normalization and no preparation.
///
/// Everything preparation decided that comparisons and scoring read is
/// stored; what is derived from stored fields alone (the reading of an abjad
/// word's letters) is derived again on reading, by the same code that
/// derived it first, so a token read back compares and scores exactly like
/// the token written. How a token is shown (`display`) is not stored:
/// explanations prepare the list name again.
extension PreparedToken {
  /// The flags, one bit each.
  private var flags: UInt16 {
    get {
      [
        isAbjad, isLatinScript, isSyllable, isGeneric, isAbbreviation, transcriptionAllowsMismatch, isSyllableRun,
        continuesWord, isLast, isCode,
      ].enumerated().reduce(0) { $0 | ($1.element ? 1 << UInt16($1.offset) : 0) }
    }
    set {
      @inline(__always) func bit(_ position: UInt16) -> Bool { newValue & (1 << position) != 0 }
      isAbjad = bit(0)
      isLatinScript = bit(1)
      isSyllable = bit(2)
      isGeneric = bit(3)
      isAbbreviation = bit(4)
      transcriptionAllowsMismatch = bit(5)
      isSyllableRun = bit(6)
      continuesWord = bit(7)
      isLast = bit(8)
      isCode = bit(9)
    }
  }

  /// A token that stands in an unfinished table (it agrees with nothing of
  /// substance and is never left in an index).
  package static let placeholder = PreparedToken(
    forms: [[]], keys: [], role: .name, isAbjad: false, weight: 0, span: 1, spanCount: 1, display: "")

  /// What a name's own token has beyond the distinct unit it shares with
  /// other names (``UnitSignature``, all that comparisons read): its weight,
  /// the positions it covers, and the flags the scoring of a whole name
  /// reads. Packed: weight bits (0–31), span (32–47), span count (48–51),
  /// generic, abbreviation, continues-word flags (52–54), script (56–63).
  package var instanceTraits: UInt64 {
    UInt64(weight.bitPattern) | UInt64(span & 0xFFFF) << 32 | UInt64(min(spanCount, 15)) << 48
      | (isGeneric ? 1 << 52 : 0) | (isAbbreviation ? 1 << 53 : 0) | (continuesWord ? 1 << 54 : 0)
      | UInt64(scriptCode) << 56
  }

  /// This unit as a name's own token with `traits` (``instanceTraits``).
  package func withInstanceTraits(_ traits: UInt64) -> PreparedToken {
    var token = self
    token.weight = Float(bitPattern: UInt32(truncatingIfNeeded: traits))
    token.span = UInt32(truncatingIfNeeded: traits >> 32) & 0xFFFF
    token.spanCount = Int((traits >> 48) & 0xF)
    token.isGeneric = traits & (1 << 52) != 0
    token.isAbbreviation = traits & (1 << 53) != 0
    token.continuesWord = traits & (1 << 54) != 0
    token.scriptCode = UInt8(truncatingIfNeeded: traits >> 56)
    return token
  }

  /// Appends the token to `writer`.
  package func write(to writer: inout BinaryWriter) {
    Self.write(forms, to: &writer)
    Self.write(keys, to: &writer)
    Self.write(classKeys, to: &writer)
    writer.write(role.rawValue)
    writer.write(flags)
    writer.write(weight.bitPattern)
    writer.write(span)
    writer.write(UInt8(clamping: spanCount))
    writer.write(array: abjadLetters)
    writer.write(array: transcriptionKeyHashes)
    writer.write(scriptCode)
    writer.write(soundScript)
    writer.write(array: soundKeyHashes)
    writer.write(nameGroup)
    writer.write(classBits)
    writer.write(primaryPrefix)
    writer.write(UInt8(clamping: formCount))
  }

  /// Reads a token written by ``write(to:)``.
  ///
  /// - Throws: `BinaryFormatError` when the bytes end early or hold a value
  ///   no token has.
  package init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
    let forms = try Self.readByteStrings(&reader)
    guard !forms.isEmpty else { throw BinaryFormatError(description: "a token without forms") }
    let keys = try Self.readByteStrings(&reader)
    let classKeys = try Self.readByteStrings(&reader)
    guard let role = TokenRole(rawValue: try reader.read(UInt8.self)) else {
      throw BinaryFormatError(description: "unknown token role")
    }
    let flags = try reader.read(UInt16.self)
    let weight = Float(bitPattern: try reader.read(UInt32.self))
    let span = try reader.read(UInt32.self)
    let spanCount = Int(try reader.read(UInt8.self))
    self.init(
      forms: forms, keys: keys, role: role, isAbjad: false, weight: weight, span: span, spanCount: spanCount,
      display: "")
    self.classKeys = classKeys
    self.flags = flags
    abjadLetters = try reader.readArray(of: UInt8.self)
    // Letter codes index the transcription tables: one outside them is damage.
    guard abjadLetters.allSatisfy({ Int($0) < AbjadLetters.letters.count }) else {
      throw BinaryFormatError(description: "unknown abjad letter code")
    }
    transcriptionKeyHashes = try reader.readArray(of: UInt64.self)
    transcriptionReading = abjadLetters.isEmpty ? AbjadTranscription.Reading() : AbjadTranscription.Reading(abjadLetters)
    scriptCode = try reader.read(UInt8.self)
    soundScript = try reader.read(UInt8.self)
    soundKeyHashes = try reader.readArray(of: UInt64.self)
    nameGroup = try reader.read(UInt16.self)
    classBits = try reader.read(UInt32.self)
    primaryPrefix = try reader.read(UInt32.self)
    formCount = Int(try reader.read(UInt8.self))
    guard formCount == forms.count, spanCount >= 1, span != 0, weight.isFinite else {
      throw BinaryFormatError(description: "inconsistent token fields")
    }
  }

  private static func write(_ strings: [[UInt8]], to writer: inout BinaryWriter) {
    writer.write(UInt8(clamping: strings.count))
    for string in strings {
      writer.write(UInt16(clamping: string.count))
      for byte in string { writer.write(byte) }
    }
  }

  private static func readByteStrings(_ reader: inout BinaryReader) throws(BinaryFormatError) -> [[UInt8]] {
    let count = Int(try reader.read(UInt8.self))
    var strings: [[UInt8]] = []
    strings.reserveCapacity(count)
    for _ in 0..<count {
      let length = Int(try reader.read(UInt16.self))
      strings.append(try reader.readBytes(count: length))
    }
    return strings
  }
}

/// What preparation decided about a name besides its units: its kind, the
/// number of real tokens, legal forms, numbers, and whether it looks like an
/// organization's name. With the units, enough to rebuild the name for
/// scoring (titles that were removed are left out: explanations prepare the
/// name again).
package struct PreparedNameParts: Sendable {
  let kind: PartyKind
  /// Number of real tokens (the first units).
  package let tokenCount: Int
  let looksLikeOrganization: Bool
  let legalForms: [LegalForms.Form]
  /// Numbers found (`2`, `747`).
  package let numbers: [[UInt8]]

  init(_ name: PreparedName) {
    kind = name.kind
    tokenCount = name.tokenCount
    looksLikeOrganization = name.looksLikeOrganization
    legalForms = name.legalForms
    numbers = name.numbers
  }

  /// Appends the parts to `writer`.
  package func write(to writer: inout BinaryWriter) {
    writer.write(UInt8(PartyKind.allCases.firstIndex(of: kind)!))
    writer.write(UInt8(clamping: tokenCount))
    writer.write(UInt8(looksLikeOrganization ? 1 : 0))
    writer.write(UInt8(clamping: legalForms.count))
    for form in legalForms { writer.write(form.rawValue) }
    writer.write(UInt8(clamping: numbers.count))
    for number in numbers {
      writer.write(UInt8(clamping: number.count))
      for byte in number { writer.write(byte) }
    }
  }

  /// Reads parts written by ``write(to:)``.
  ///
  /// - Throws: `BinaryFormatError` when the bytes end early or hold a value
  ///   no name has.
  package init(reading reader: inout BinaryReader) throws(BinaryFormatError) {
    let kindIndex = Int(try reader.read(UInt8.self))
    guard kindIndex < PartyKind.allCases.count else { throw BinaryFormatError(description: "unknown party kind") }
    kind = PartyKind.allCases[kindIndex]
    tokenCount = Int(try reader.read(UInt8.self))
    looksLikeOrganization = try reader.read(UInt8.self) != 0
    var legalForms: [LegalForms.Form] = []
    for _ in 0..<Int(try reader.read(UInt8.self)) {
      guard let form = LegalForms.Form(rawValue: try reader.read(UInt8.self)) else {
        throw BinaryFormatError(description: "unknown legal form")
      }
      legalForms.append(form)
    }
    var numbers: [[UInt8]] = []
    for _ in 0..<Int(try reader.read(UInt8.self)) {
      numbers.append(try reader.readBytes(count: Int(try reader.read(UInt8.self))))
    }
    self.legalForms = legalForms
    self.numbers = numbers
  }
}

extension PreparedName {
  /// What an index stores of this name besides its units.
  package var parts: PreparedNameParts { PreparedNameParts(self) }

  /// A name for scoring from its units and stored parts
  /// (`parts.tokenCount` must not exceed `units.count`).
  package init(units: [PreparedToken], parts: PreparedNameParts) {
    self.init(
      original: "", kind: parts.kind, units: units, tokenCount: min(parts.tokenCount, units.count),
      legalForms: parts.legalForms, numbers: parts.numbers, removedTitles: [],
      looksLikeOrganization: parts.looksLikeOrganization)
  }
}
