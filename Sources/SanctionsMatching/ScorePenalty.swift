/// Why a score was lowered: one value per rule of the name matcher that
/// lowers scores, with what it found.
public enum ScorePenalty: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Only initials agree (`W & M` is not `Margaret Whitcombe`).
  case onlyInitialsAgree
  /// Only generic words of organization names agree (`Bank`, `International`).
  case onlyGenericWordsAgree
  /// An organization's only agreeing distinctive word agrees approximately.
  case singleApproximateWord
  /// An organization's only distinctive word is spelt merely alike, and a
  /// name has words the other lacks.
  case inexactBrandWithOtherWords
  /// Only one part of a multi-part person name agrees.
  case onlyOnePartAgrees
  /// A one-part name against a person's multi-part name.
  case singlePartCannotIdentifyPerson
  /// Both names carry numbers, and they differ.
  case numbersDiffer(first: [String], second: [String])
  /// Only one of the names carries a number.
  case numberInOneNameOnly
  /// Both names carry legal forms of different classes (`AG` / `GmbH`).
  case legalFormsDiffer

  /// The penalty in words, as explanations show it.
  public var description: String {
    switch self {
    case .onlyInitialsAgree: "only initials agree"
    case .onlyGenericWordsAgree: "only generic words agree"
    case .singleApproximateWord: "the only distinctive word agrees approximately"
    case .inexactBrandWithOtherWords: "the only distinctive word is spelt differently, and other words do not agree"
    case .onlyOnePartAgrees: "only one part of the name agrees"
    case .singlePartCannotIdentifyPerson: "a single name part cannot identify a person"
    case .numbersDiffer(let first, let second):
      "numbers differ: \(first.joined(separator: " ")) / \(second.joined(separator: " "))"
    case .numberInOneNameOnly: "a number appears in only one name"
    case .legalFormsDiffer: "legal forms differ"
    }
  }
}
