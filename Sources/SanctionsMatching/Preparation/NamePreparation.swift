/// The steps that turn a normalized name into a ``PreparedName``, in the
/// order they run. Each is a small function on a ``NameDraft``, testable
/// alone; to change how names are prepared, change or add a step here.
enum NamePreparation {
  /// One named step.
  struct Step: Sendable {
    /// What the step does, in a few words.
    let name: String
    let run: @Sendable (inout NameDraft) -> Void
  }

  /// The steps, in order.
  static let steps: [Step] = [
    Step(name: "surname-first order", run: orderSurnameFirstNames),
    Step(name: "split legal-form words", run: mendSplitLegalFormWords),
    Step(name: "unambiguous legal forms", run: setAsideUnambiguousLegalForms),
    Step(name: "legal-form phrases at either end", run: setAsideLegalFormPhrasesAtEnds),
    Step(name: "titles", run: setAsideTitles),
    Step(name: "Arabic compound names", run: joinArabicCompounds),
    Step(name: "acronyms", run: joinAcronymLetters),
    Step(name: "number words", run: readNumberWords),
    Step(name: "tokens, roles and weights", run: makeTokens),
    Step(name: "keys and equivalence groups", run: deriveKeys),
    Step(name: "joined neighbours", run: joinNeighbours),
  ]
}
