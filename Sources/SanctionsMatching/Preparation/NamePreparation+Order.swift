import SanctionsNormalization

extension NamePreparation {
  /// `SURNAME, Given Names` → natural order for persons, so that positions
  /// mean the same on both sides (the given name first, the surname last).
  static func orderSurnameFirstNames(_ draft: inout NameDraft) {
    guard draft.kind == .person, let boundary = commaBoundary(of: draft.name), boundary > 0,
      boundary < draft.words.count
    else { return }
    draft.words = Array(draft.words[boundary...] + draft.words[..<boundary])
  }

  /// Titles and honorifics before a person's name (`Dr`, `Sheikh`, `Mrs`):
  /// set aside while more than one word is left; an ambiguous title only
  /// while three or more are. A name of unknown kind with a legal form or a
  /// generic organization word is an organization's, whose words are kept
  /// (`Junior International SA`).
  static func setAsideTitles(_ draft: inout NameDraft) {
    guard draft.kind.removesTitles else { return }
    if draft.kind == .any, looksLikeOrganization(draft) { return }
    while draft.words.count > 1 {
      let (isTitle, isAmbiguous) = title(draft.words[0])
      guard isTitle, !(isAmbiguous && draft.words.count < 3) else { break }
      draft.removedTitles.append(draft.words[0].original)
      draft.words.removeFirst()
    }
  }

  /// Whether a word is a title, and whether an ambiguous one: an
  /// Arabic-script word by its letters, any other by its romanization.
  static func title(_ word: NameDraft.Word) -> (isTitle: Bool, isAmbiguous: Bool) {
    if word.isSyllable { return (false, false) }  // a Chinese or Korean syllable is a name part
    if word.isAbjad {
      let letters = AbjadLetters.codes(of: word.original)
      return (Titles.arabicScript.contains(letters), Titles.arabicScriptAmbiguous.contains(letters))
    }
    return (Titles.all.contains(word.primary), Titles.ambiguous.contains(word.primary))
  }

  /// Whether a name of unknown kind looks like an organization's: it has a
  /// legal form or a generic organization word.
  static func looksLikeOrganization(_ draft: NameDraft) -> Bool {
    !draft.legalForms.isEmpty
      || draft.words.contains { !$0.isSyllable && NameVocabulary.genericOrganizationWords.contains($0.primary) }
  }

  /// The number of tokens before the only comma of a name written
  /// `SURNAME, Given Names`, or nil.
  static func commaBoundary(of name: NormalizedName) -> Int? {
    let isComma: (Unicode.Scalar) -> Bool = { $0 == "," || $0 == "\u{060C}" || $0 == "\u{FF0C}" }
    let scalars = name.original.unicodeScalars
    guard scalars.count(where: isComma) == 1, let comma = scalars.firstIndex(where: isComma) else { return nil }
    let head = String(scalars[..<comma])
    return (try? NameNormalizer().normalize(head))?.tokens.count
  }
}
