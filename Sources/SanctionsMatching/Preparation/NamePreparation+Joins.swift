import SanctionsNormalization

extension NamePreparation {
  /// The most adjacent tokens joined into one unit.
  static let longestJoin = 3
  /// Forms of each part combined when two parts are joined.
  static let joinedAlternatives = 2

  /// Adjacent tokens joined (pairs and triples, without initials), for
  /// names written as one word on one side and as several on the other
  /// (`Seadragon` / `Sea Dragon`).
  static func joinNeighbours(_ draft: inout NameDraft) {
    let tokens = draft.tokens
    guard tokens.count > 1 else { return }
    let runs = syllableRuns(tokens)
    for length in 2...min(longestJoin, tokens.count) {
      for start in 0...(tokens.count - length) {
        let parts = tokens[start..<(start + length)]
        if parts.contains(where: { $0.role == .initial }) { continue }
        draft.joined.append(joinedUnit(parts, isSyllableRun: runs.contains(start..<(start + length))))
      }
    }
    for run in runs where run.count > longestJoin {
      draft.joined.append(joinedUnit(tokens[run], isSyllableRun: true))
    }
  }

  /// The words of Chinese or Korean syllables (written without a space
  /// between them) that transcribe a foreign name syllable by syllable
  /// (`布宜諾斯艾利斯`; see `TranscriptionSyllables`).
  static func syllableRuns(_ tokens: [PreparedToken]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    while start < tokens.count {
      guard tokens[start].isSyllable else {
        start += 1
        continue
      }
      var end = start + 1
      while end < tokens.count, tokens[end].isSyllable, tokens[end].continuesWord,
        tokens[end].scriptCode == tokens[start].scriptCode
      {
        end += 1
      }
      let run = start..<end
      if let script = SoundTranscription.script(ofCode: tokens[start].scriptCode),
        TranscriptionSyllables.isForeignTranscription(tokens[run].map(\.display), script: script)
      {
        runs.append(run)
      }
      start = end
    }
    return runs
  }

  /// One unit for adjacent tokens: the primary forms joined, and for two
  /// parts the alternatives too.
  static func joinedUnit(_ parts: ArraySlice<PreparedToken>, isSyllableRun: Bool = false) -> PreparedToken {
    var forms: [[UInt8]] = [parts.flatMap(\.primary)]
    if isSyllableRun, parts[parts.startIndex].scriptCode == SoundTranscription.scriptCode(.hangul) {
      // A foreign name in hangul reads its letters plainly (`바레인` barein).
      let run = SyllableRunRomanization.hangulForms(of: parts.map(\.display).joined())
      forms += run.map { Array($0.utf8) }.filter { !forms.contains($0) }
    }
    if parts.count == 2 {
      let first = parts[parts.startIndex]
      let second = parts[parts.startIndex + 1]
      for a in first.forms.prefix(joinedAlternatives) {
        for b in second.forms.prefix(joinedAlternatives) where !(a == first.primary && b == second.primary) {
          forms.append(a + b)
        }
      }
    }
    var unit = PreparedToken(
      forms: forms, keys: forms.map(PhoneticKeys.phoneticKey),
      role: .name, isAbjad: parts.contains(where: \.isAbjad), isSyllable: parts.contains(where: \.isSyllable),
      weight: parts.reduce(0) { $0 + $1.weight }, span: parts.reduce(0) { $0 | $1.span }, spanCount: parts.count,
      display: parts.map(\.display).joined(separator: " "))
    unit.isGeneric = parts.allSatisfy(\.isGeneric)
    unit.isLatinScript = parts.allSatisfy(\.isLatinScript)
    if parts.allSatisfy({ !$0.abjadLetters.isEmpty }) { unit.setAbjadLetters(parts.flatMap(\.abjadLetters)) }
    unit.deriveClassKeys()
    unit.isSyllableRun = isSyllableRun
    let code = parts[parts.startIndex].scriptCode
    unit.setScript(parts.allSatisfy { $0.scriptCode == code } ? code : 0, comparesShortWords: true)
    return unit
  }
}
