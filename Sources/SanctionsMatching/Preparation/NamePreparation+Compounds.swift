extension NamePreparation {
  /// Heads of kunyas and family names, as letter codes: `أبو`/`أبا`/`أبي`
  /// ("father of": `أبو بكر`) and `آل` ("family of": `آل سعود`).
  static let kunyaAndFamilyHeads: [[UInt8]] = ["أبو", "ابو", "أبا", "ابا", "أبي", "ابي", "آل"].map(
    AbjadLetters.codes(of:))
  /// Words that make one name part with the word after them: those heads
  /// and `عبد` ("servant of": `عبد الرحمن`).
  static let compoundHeads: Set<[UInt8]> = Set(kunyaAndFamilyHeads + [AbjadLetters.codes(of: "عبد")])

  /// Whether written letters begin with a kunya or family-name head and go
  /// on (an initial never stands for such a word).
  static func startsWithCompoundHead(_ letters: [UInt8]) -> Bool {
    kunyaAndFamilyHeads.contains { head in letters.count > head.count && letters.starts(with: head) }
  }

  /// Romanizations kept of each word of a compound.
  static let compoundAlternatives = 2

  /// Arabic `عبد` ("servant of"), `أبو` ("father of") or `آل` ("family
  /// of") and the name after it are one name part, however they are spaced
  /// (`عبد الرحمن` = `عبدالرحمن`): the words become
  /// one, written as one word, so that the compound counts as one name and
  /// transcribes `Abdulrahman` and, joined, `Abdul Rahman`. Latin spellings
  /// stay separate words (`A. Rahman`, `Rahman Abdul` keep their parts); the
  /// joined neighbours compare them with the compound.
  static func joinArabicCompounds(_ draft: inout NameDraft) {
    guard draft.words.count > 1 else { return }
    var words: [NameDraft.Word] = []
    var index = 0
    while index < draft.words.count {
      let word = draft.words[index]
      var end = index + 1
      if index + 1 < draft.words.count, isCompoundHead(word) {
        end = index + 2
      }
      words.append(end == index + 1 ? word : joined(draft.words[index..<end]))
      index = end
    }
    draft.words = words
  }

  private static func isCompoundHead(_ word: NameDraft.Word) -> Bool {
    word.isAbjad && compoundHeads.contains(AbjadLetters.codes(of: word.original))
  }

  /// Words written as one: each romanization of the first with each of the
  /// next (the preferred ones first).
  private static func joined(_ parts: ArraySlice<NameDraft.Word>) -> NameDraft.Word {
    var forms = [""]
    for part in parts {
      var next: [String] = []
      for prefix in forms {
        for form in part.forms.prefix(compoundAlternatives) { next.append(prefix + form) }
      }
      forms = next
    }
    var unique: [String] = []
    for form in forms where !unique.contains(form) { unique.append(form) }
    return NameDraft.Word(
      primary: unique[0], forms: unique, isAbjad: parts.contains(where: \.isAbjad),
      original: parts.map(\.original).joined(separator: " "), isSyllable: false,
      script: parts.allSatisfy { $0.script == parts[parts.startIndex].script } ? parts[parts.startIndex].script : .common)
  }
}
