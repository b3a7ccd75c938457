extension NamePreparation {
  /// The fewest single letters in a row that make an acronym.
  static let shortestAcronym = 2

  /// Single letters in a row in an organization's name are one acronym
  /// (`I.R.G.C.` = `IRGC`), the letters in their order. In a name of unknown
  /// kind only when it looks like an organization's (a legal form or a
  /// generic word): a person's initials stay initials (`J. R. R. Tolkien`).
  static func joinAcronymLetters(_ draft: inout NameDraft) {
    guard draft.kind.comparesAsOrganization || (draft.kind == .any && looksLikeOrganization(draft)) else { return }
    let shortest = shortestAcronym
    var words: [NameDraft.Word] = []
    var run: [NameDraft.Word] = []
    func flush() {
      if run.count >= shortest {
        let letters = run.map(\.primary).joined()
        words.append(
          NameDraft.Word(
            primary: letters, forms: [letters], isAbjad: false, original: run.map(\.original).joined(separator: "."),
            isSyllable: false))
      } else {
        words += run
      }
      run.removeAll()
    }
    for word in draft.words {
      let isLetter = word.primary.utf8.count == 1 && !word.isSyllable && !word.isAbjad
        && word.primary.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
      if isLetter {
        run.append(word)
      } else {
        flush()
        words.append(word)
      }
    }
    flush()
    guard words.count != draft.words.count else { return }
    draft.words = words
  }

  /// Roman numerals and ordinals in organization, vessel and aircraft names
  /// become the numbers they mean.
  static func readNumberWords(_ draft: inout NameDraft) {
    guard draft.kind.hasLegalForms, draft.words.count > 1 else { return }
    for index in draft.words.indices {
      guard let number = NumberWords.number(for: draft.words[index].primary) else { continue }
      draft.words[index].primary = number
      draft.words[index].forms = [number]
    }
  }
}
