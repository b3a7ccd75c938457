import SanctionsNormalization

/// A name on its way to a ``PreparedName``: each step of
/// ``NamePreparation/steps`` reads and changes it in turn.
struct NameDraft {
  /// One word of the name before it becomes a token.
  struct Word {
    /// The preferred romanization.
    var primary: String
    /// Every romanization, preferred first.
    var forms: [String]
    /// Whether the word is written in a script without short vowels.
    var isAbjad: Bool
    /// The word as written (for explanations).
    var original: String
    /// Whether the word is a Chinese or Korean syllable.
    var isSyllable: Bool
    /// Whether the word was written in Latin letters (not romanized).
    var isLatinScript = false
    /// The script the word was written in (`.common` when unknown or mixed).
    var script: NameScript = .common
    /// Whether the word is a syllable continuing the previous word's.
    var continuesWord = false
  }

  /// The normalized name.
  let name: NormalizedName
  /// The rules the name is prepared under.
  let kind: PartyKind
  /// Evidence weights of name parts.
  let weights: TokenWeights
  /// Words not yet set aside, in name order.
  var words: [Word]
  /// Titles and honorifics set aside.
  var removedTitles: [String] = []
  /// Legal forms set aside, by class.
  var legalForms: [LegalForms.Form] = []
  /// Numbers set aside.
  var numbers: [[UInt8]] = []
  /// The real tokens, once made.
  var tokens: [PreparedToken] = []
  /// Adjacent tokens joined, once made.
  var joined: [PreparedToken] = []
  /// Whether the name looks like an organization's (a legal form or a
  /// generic organization word).
  var looksLikeOrganization = false

  init(_ name: NormalizedName, kind: PartyKind, weights: TokenWeights) {
    self.name = name
    self.kind = kind
    self.weights = weights
    words = name.tokens.map { token in
      Word(
        primary: token.primary, forms: token.forms, isAbjad: token.script.isAbjad, original: token.original,
        isSyllable: token.script.isSyllabicCJK, isLatinScript: token.script == .latin, script: token.script,
        continuesWord: token.continuesWord)
    }
  }
}
