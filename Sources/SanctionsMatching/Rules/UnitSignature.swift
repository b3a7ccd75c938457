/// What makes two units compare alike against any other unit: every rule
/// reads only what this holds (a unit index relies on it to compare each
/// distinct unit once).
package struct UnitSignature: Hashable, Sendable {
  var forms: [[UInt8]]
  var role: UInt8
  var flags: UInt8
  /// Depends on the name's kind too (organization words have groups only
  /// outside person names).
  var nameGroup: UInt16
  /// The written letters of an abjad word (the transcription compares them).
  var abjadLetters: [UInt8]
  /// The script and skeleton hashes, for the sound transcription (the
  /// hashes also depend on the name's kind: short skeletons are left out
  /// in names of known type).
  var script: UInt8
  var soundKeyHashes: [UInt64]

  package init(_ unit: PreparedToken) {
    forms = unit.forms
    role = unit.role.rawValue
    nameGroup = unit.nameGroup
    abjadLetters = unit.abjadLetters
    flags = (unit.isAbjad ? 1 : 0) | (unit.isSyllable ? 2 : 0) | (unit.spanCount > 1 ? 4 : 0) | (unit.isLast ? 8 : 0)
      | (unit.isLatinScript ? 16 : 0) | (unit.isSyllableRun ? 32 : 0)
    script = unit.soundScript
    soundKeyHashes = unit.soundKeyHashes
  }
}

