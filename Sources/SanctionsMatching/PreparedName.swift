import SanctionsNormalization

/// A name made ready for fast, repeated comparison: tokens as byte strings
/// with their phonetic keys, roles and weights precomputed.
///
/// Prepare every list name once; comparisons then allocate nothing.
public struct PreparedName: Sendable {
  /// The name as given.
  public let original: String
  /// The rules it is compared under.
  public let kind: PartyKind
  /// The real tokens (titles removed, legal forms and numbers set aside),
  /// then adjacent real tokens joined (for split and joined spellings).
  package let units: [PreparedToken]
  /// Number of real tokens (the first units).
  package let tokenCount: Int
  /// Legal forms found, by class.
  let legalForms: [LegalForms.Form]
  /// Numbers found (`2`, `747`).
  package let numbers: [[UInt8]]
  /// Titles and honorifics that were ignored.
  let removedTitles: [String]
  /// Sum of the weights of the real tokens.
  package let totalWeight: Float
  /// Number of identifying name parts (role `.name`).
  let namePartCount: Int
  /// Whether the name looks like an organization (legal form or generic word).
  let looksLikeOrganization: Bool
  /// Whether the name is written in Chinese or Korean syllables.
  let isSyllabic: Bool
  /// Number of real tokens that are name parts or initials.
  let identifyingPartCount: Int
  /// Whether the name has a distinctive part (a name part that is not a
  /// generic word of organization names).
  let hasDistinctivePart: Bool

  /// The identifying parts (names and initials) among the tokens of `span`.
  func identifyingParts(in span: UInt32) -> Int {
    tokens.count { $0.span & span != 0 && ($0.role == .name || $0.role == .initial) }
  }

  /// The real tokens: the first `tokenCount` units.
  package var tokens: ArraySlice<PreparedToken> { units[..<tokenCount] }

  /// A name with nothing to compare (scores 0 against everything).
  package static let empty = NameMatcher().prepare(NormalizedName(original: "", tokens: []), kind: .any)

  /// Whether nothing comparable is left (e.g. a name of titles only).
  public var isEmpty: Bool { tokens.isEmpty && numbers.isEmpty }
}

extension PreparedName {
  /// How many name parts (role `.name`) the alignment left unmatched,
  /// whether the first and last name parts were both matched, and whether
  /// neither was; without copying.
  func namePartSummary(used: UInt32) -> (unmatched: Int, endsAgree: Bool, neitherEndAgrees: Bool) {
    var unmatched = 0
    var first: Bool?
    var last = true
    tokens.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index].role == .name {
        let matched = buffer[index].span & used != 0
        if !matched { unmatched += 1 }
        if first == nil { first = matched }
        last = matched
      }
    }
    let firstAgrees = first ?? true
    return (unmatched, firstAgrees && last, !firstAgrees && !last)
  }


  /// How many distinctive name parts (role `.name`, not generic words or
  /// abbreviations) the alignment left unmatched; a word repeated from a
  /// matched one (`SBERBANK (... SBERBANK)`) does not count.
  func unmatchedDistinctiveParts(used: UInt32) -> Int {
    tokens.withUnsafeBufferPointer { buffer in
      var count = 0
      for token in buffer where token.role == .name && !token.isGeneric && !token.isAbbreviation && token.span & used == 0 {
        let repeated = buffer.contains { $0.span & used != 0 && $0.forms[0] == token.forms[0] }
        if !repeated { count += 1 }
      }
      return count
    }
  }

  /// Whether every token that counts as evidence (not particles, stop
  /// words or leftover legal-form words) has its span in `used`.
  func isFullyCovered(by used: UInt32) -> Bool {
    tokens.withUnsafeBufferPointer { buffer in buffer.allSatisfy { !$0.countsAsEvidence || $0.span & used != 0 } }
  }

  /// The most real tokens compared per name; the rest of an unusually long
  /// name is ignored (and reported in explanations).
  static let maximumTokens = 12
  /// The most units (real tokens, joined pairs and triples) of one name.
  package static let maximumUnits = maximumTokens * 3

  /// Prepares `name` for comparison under the rules of `kind`: the draft
  /// goes through ``NamePreparation/steps`` in order.
  init(_ name: NormalizedName, kind: PartyKind, weights: TokenWeights) {
    var draft = NameDraft(name, kind: kind, weights: weights)
    for step in NamePreparation.steps { step.run(&draft) }
    self.init(draft)
  }

  init(_ draft: NameDraft) {
    self.init(
      original: draft.name.original, kind: draft.kind, units: draft.tokens + draft.joined, tokenCount: draft.tokens.count,
      legalForms: draft.legalForms, numbers: draft.numbers, removedTitles: draft.removedTitles,
      looksLikeOrganization: draft.looksLikeOrganization)
  }

  /// A prepared name from its parts (the fields that preparation decides;
  /// the rest is derived from the tokens), as an index stores it.
  init(
    original: String, kind: PartyKind, units: [PreparedToken], tokenCount: Int, legalForms: [LegalForms.Form],
    numbers: [[UInt8]], removedTitles: [String], looksLikeOrganization: Bool
  ) {
    let tokens = units[..<tokenCount]
    self.original = original
    self.kind = kind
    self.units = units
    self.tokenCount = tokenCount
    self.legalForms = legalForms
    self.numbers = numbers
    self.removedTitles = removedTitles
    self.totalWeight = tokens.reduce(0) { $0 + $1.weight }
    self.namePartCount = tokens.count { $0.role == .name }
    self.isSyllabic = tokens.contains(where: \.isSyllable)
    self.identifyingPartCount = tokens.count { $0.role == .name || $0.role == .initial }
    self.looksLikeOrganization = looksLikeOrganization
    self.hasDistinctivePart = tokens.contains { $0.role == .name && !$0.isGeneric }
  }
}
