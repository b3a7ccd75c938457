public import SanctionsLists
public import SanctionsMatching

/// How one attribute of a query moved a match's score (see `AttributeRules`).
/// Its `description` is the sentence `sanctions screen` prints, e.g.
/// `birth year 1951 agrees: +0.03`.
public struct ScoreAdjustment: Sendable, Hashable, CustomStringConvertible {
  /// The attribute compared, with the values involved.
  public enum Attribute: Sendable, Hashable {
    /// The query's party kind against the listed entity's type.
    case type(query: PartyKind, listed: EntityType)
    /// The query's birth year (against the listed birth years).
    case birthYear(Int)
    /// The query's country, as given (against the listed countries).
    case country(String)
  }

  /// What was compared.
  public let attribute: Attribute
  /// True when the listed entity agrees (the score rose), false when it
  /// conflicts (the score fell).
  public let agrees: Bool
  /// The change to the score: positive when the attribute agrees, negative
  /// when it conflicts.
  public let change: Double

  /// Creates an adjustment.
  public init(_ attribute: Attribute, agrees: Bool, change: Double) {
    self.attribute = attribute
    self.agrees = agrees
    self.change = change
  }

  public var description: String {
    let amount = change < 0 ? "-\(-change)" : "+\(change)"
    switch (attribute, agrees) {
    case (.type(_, let listed), true): return "type agrees (\(listed.rawValue)): \(amount)"
    case (.type(let query, let listed), false):
      return "type differs (query \(query.rawValue), listed \(listed.rawValue)): \(amount)"
    case (.birthYear(let year), true): return "birth year \(year) agrees: \(amount)"
    case (.birthYear(let year), false): return "birth year \(year) differs from the listed ones: \(amount)"
    case (.country(let country), true): return "country \(country) agrees: \(amount)"
    case (.country(let country), false): return "country \(country) is not among the listed ones: \(amount)"
    }
  }
}
