extension NamePreparation {
  /// Organization name parts this short are abbreviations (`NK` for
  /// `Neftyanaya Kompaniya`): weak evidence.
  static let abbreviationLength = 2
  static let abbreviationWeight: Float = 0.2
  /// The weight of a translated organization word (`zavod`, `agentstvo`):
  /// that of a generic word.
  static let organizationWordWeight: Float = 0.35
  /// Romanizations kept per token.
  static let maximumForms = 6

  /// Numbers are set aside; the other words become tokens (at most
  /// ``PreparedName/maximumTokens``) with their role and evidence weight.
  static func makeTokens(_ draft: inout NameDraft) {
    draft.looksLikeOrganization = !draft.legalForms.isEmpty
    let wordCount = draft.words.count
    let mangled = mangledLegalFormWords(draft)
    for (position, word) in draft.words.enumerated() {
      if word.primary.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        draft.numbers.append(Array(word.primary.utf8))
        continue
      }
      guard draft.tokens.count < PreparedName.maximumTokens else { break }
      let role = mangled[position] ? .legalForm : role(of: word, kind: draft.kind, wordCount: wordCount)
      let isAbbreviation = draft.kind.hasLegalForms && !word.isAbjad && isAbbreviation(word.primary)
      let isGeneric =
        role == .name && !word.isSyllable
        && (NameVocabulary.genericOrganizationWords.contains(word.primary)
          || (draft.kind.hasLegalForms && GeographicWords.all.contains(word.primary))
          || (isAbbreviation && word.primary.utf8.count == 1 && draft.kind.comparesAsOrganization))
      if isGeneric { draft.looksLikeOrganization = true }
      var forms = word.forms.prefix(maximumForms).map { Array($0.utf8) }
      // `St.` in a place or vessel name is `Saint` written out.
      if draft.kind != .person, draft.kind != .organization, let words = GeographicWords.abbreviations[word.primary] {
        forms += words.map { Array($0.utf8) }
      }
      var weight = draft.weights.weight(of: word.primary, role: role)
      if draft.kind.hasLegalForms && role == .name {
        // A legal form glued to the name (`JSCARGUMENT`): also offer the name alone.
        if let bare = LegalForms.withoutGluedForm(forms[0]) { forms.append(bare) }
        // An international word in its Russian form (`metallurgicheskiy`): also its English one.
        for cognate in CognateEndings.englishForms(of: forms[0]) where !forms.contains(cognate) { forms.append(cognate) }
        if word.primary.utf8.count <= abbreviationLength { weight = min(weight, abbreviationWeight) }
      }
      draft.tokens.append(
        PreparedToken(
          forms: forms, keys: [], role: role, isAbjad: word.isAbjad, isSyllable: word.isSyllable,
          weight: weight, span: UInt32(1) << UInt32(draft.tokens.count), spanCount: 1, display: word.original))
      draft.tokens[draft.tokens.count - 1].isGeneric = isGeneric || role == .legalForm
      draft.tokens[draft.tokens.count - 1].isAbbreviation = isAbbreviation
      draft.tokens[draft.tokens.count - 1].isLatinScript = word.isLatinScript
      draft.tokens[draft.tokens.count - 1].scriptCode = SoundTranscription.scriptCode(word.script)
      draft.tokens[draft.tokens.count - 1].continuesWord = word.continuesWord
      if word.isAbjad { draft.tokens[draft.tokens.count - 1].setAbjadLetters(AbjadLetters.codes(of: word.original)) }
    }
    if !draft.tokens.isEmpty { draft.tokens[draft.tokens.count - 1].isLast = true }
  }

  /// Which words of an organization's name are legal-form words that
  /// phrase recognition missed (see `LegalForms.isMangledWord`); never all.
  static func mangledLegalFormWords(_ draft: NameDraft) -> [Bool] {
    let words = draft.words
    guard draft.kind.hasLegalForms, words.count > 1 else { return [Bool](repeating: false, count: words.count) }
    // Legal-form words, and generic words, which legal forms often follow (`International Com.`).
    let isPhraseWord = words.map {
      LegalForms.isPhraseWord($0.primary) || NameVocabulary.genericOrganizationWords.contains($0.primary)
    }
    var result = [Bool](repeating: false, count: words.count)
    for index in words.indices where words[index].primary.utf8.count >= LegalForms.contextTruncatedWordLength {
      let atEnd = index == 0 || index == words.count - 1
      let context =
        (index > 0 && isPhraseWord[index - 1]) || (index + 1 < words.count && isPhraseWord[index + 1])
        || (atEnd && !draft.legalForms.isEmpty)
      result[index] = LegalForms.isMangledWord(
        Array(words[index].primary.utf8), inLegalContext: context, isLast: index == words.count - 1)
    }
    if !result.contains(false) { return [Bool](repeating: false, count: words.count) }
    return result
  }

  /// The longest abbreviation without a vowel (`TSK`).
  static let abbreviationMaximumLength = 3

  /// Whether a word of an organization's name is an abbreviation: one
  /// letter, or a few consonants.
  static func isAbbreviation(_ word: String) -> Bool {
    let bytes = word.utf8
    if bytes.count == 1 { return true }
    return bytes.count <= abbreviationMaximumLength
      && bytes.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") && !PhoneticKeys.isVowel($0) }
  }

  /// The part a word plays: an initial (one letter), a stop word (in a
  /// longer organization name), a particle (in a longer name), or a name part.
  static func role(of word: NameDraft.Word, kind: PartyKind, wordCount: Int) -> TokenRole {
    // In an organization's name a single letter is an abbreviation that
    // must agree exactly (`Grupo W`), not a person's initial.
    // A word of an abjad romanized to one letter is a word, not an initial.
    if word.primary.utf8.count == 1 && !word.isSyllable && !word.isAbjad {
      return kind.comparesAsOrganization ? .name : .initial
    }
    // A Chinese or Korean syllable is a name part, whatever its romanization
    // spells in Latin (`德` de, `拉` la).
    if word.isSyllable { return .name }
    if kind != .person, NameVocabulary.stopWords.contains(word.primary), wordCount > 1 { return .stopWord }
    if kind == .any, GeographicWords.placeFeatures.contains(word.primary), wordCount > 1 { return .stopWord }
    if NameVocabulary.particles.contains(word.primary) && wordCount > 1 { return .particle }
    return .name
  }

  /// Phonetic keys and class keys of every token; the given-name
  /// group of name parts, or (outside person names) the organization-word
  /// group.
  static func deriveKeys(_ draft: inout NameDraft) {
    for index in draft.tokens.indices {
      draft.tokens[index].keys = draft.tokens[index].forms.map(PhoneticKeys.phoneticKey)
      draft.tokens[index].deriveClassKeys()
      draft.tokens[index].setScript(draft.tokens[index].scriptCode, comparesShortWords: draft.kind == .any)
      guard draft.tokens[index].role == .name else { continue }
      let forms = draft.tokens[index].forms
      var group: UInt16 = forms.lazy.map(GivenNameEquivalents.group).first(where: { $0 != 0 }) ?? 0
      if group == 0, draft.kind != .person {
        // Organization words and their translations (`zavod` / `plant`).
        group = forms.lazy.map(OrganizationWordEquivalents.group).first(where: { $0 != 0 }) ?? 0
      }
      draft.tokens[index].nameGroup = group
      // Organization words and their translations are generic words too.
      if OrganizationWordEquivalents.isOrganizationWordGroup(group) {
        draft.tokens[index].isGeneric = true
        draft.tokens[index].weight = min(draft.tokens[index].weight, organizationWordWeight)
      }
    }
  }
}
