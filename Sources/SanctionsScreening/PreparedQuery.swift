import SanctionsMatching

/// A query whose name is prepared for scoring (``Screener/prepare(_:)``), so
/// that screening it and explaining its matches prepare the name only once.
public struct PreparedQuery: Sendable {
  /// The query as given.
  public let query: ScreeningQuery
  /// The query's name, normalized and prepared for the matcher.
  let name: PreparedName
}
