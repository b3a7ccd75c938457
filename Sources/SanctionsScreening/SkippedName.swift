/// A listed name that could not be indexed (e.g. it has no letters or
/// digits), so screening never matches it; the entity's other names still are.
public struct SkippedName: Sendable, Hashable, CustomStringConvertible {
  /// The source-qualified id of the entity the name belongs to.
  public let entityID: String
  /// The name as listed.
  public let name: String
  /// Why it could not be indexed (the normalizer's message).
  public let reason: String

  /// Creates a record of a skipped name.
  public init(entityID: String, name: String, reason: String) {
    self.entityID = entityID
    self.name = name
    self.reason = reason
  }

  /// `un:QDi.001: name "…" not indexed: <reason>`.
  public var description: String { "\(entityID): name \"\(name)\" not indexed: \(reason)" }
}
