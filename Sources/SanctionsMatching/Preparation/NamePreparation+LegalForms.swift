extension NamePreparation {
  /// Words of legal-form phrases split in two (`LIABIL ITY`) are joined
  /// again, so that phrases can be recognized.
  static func mendSplitLegalFormWords(_ draft: inout NameDraft) {
    guard draft.kind.hasLegalForms else { return }
    var index = 0
    while index + 1 < draft.words.count {
      let first = draft.words[index]
      let joined = first.primary + draft.words[index + 1].primary
      if LegalForms.phraseWords.contains(joined), !LegalForms.phraseWords.contains(first.primary) {
        draft.words[index] = NameDraft.Word(
          primary: joined, forms: [joined], isAbjad: false,
          original: first.original + " " + draft.words[index + 1].original, isSyllable: false)
        draft.words.remove(at: index + 1)
      } else {
        index += 1
      }
    }
  }

  /// Single-word legal forms that are never a name part (`LLC`, `GmbH`) are
  /// set aside wherever they stand, unless nothing else would be left.
  static func setAsideUnambiguousLegalForms(_ draft: inout NameDraft) {
    guard draft.kind.hasLegalForms, draft.words.count > 1 else { return }
    var found: [LegalForms.Form] = []
    let kept = draft.words.filter { word in
      // A Chinese or Korean syllable is never a legal form (`萨` sa is not S.A.).
      guard !word.isSyllable, LegalForms.unambiguous.contains(word.primary),
        let form = LegalForms.phrases[[word.primary]]
      else {
        return true
      }
      found.append(form)
      return false
    }
    guard !kept.isEmpty else { return }
    draft.words = kept
    draft.legalForms += found
  }

  /// Legal-form phrases at either end of the name (`Joint Stock Company`,
  /// `S.A. de C.V.`), longest first, while more than one word is left.
  static func setAsideLegalFormPhrasesAtEnds(_ draft: inout NameDraft) {
    guard draft.kind.hasLegalForms else { return }
    var changed = true
    while changed && draft.words.count > 1 {
      changed = false
      for length in stride(from: min(LegalForms.longestPhrase, draft.words.count - 1), through: 1, by: -1) {
        let head = draft.words[0..<length].map(\.primary)
        if !draft.words[0..<length].contains(where: \.isSyllable), let form = LegalForms.phrases[head] {
          draft.legalForms.append(form)
          draft.words.removeFirst(length)
          changed = true
          break
        }
        let tail = draft.words[(draft.words.count - length)...].map(\.primary)
        if !draft.words[(draft.words.count - length)...].contains(where: \.isSyllable), let form = LegalForms.phrases[tail] {
          draft.legalForms.append(form)
          draft.words.removeLast(length)
          changed = true
          break
        }
      }
    }
  }
}
