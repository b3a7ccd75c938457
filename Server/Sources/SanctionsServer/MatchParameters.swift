import SanctionsScreening

/// The query parameters of `POST /match/{dataset}`, with yente's names and meanings:
///
/// - `limit`: most results per query, default 5, at most 500 (yente's `MATCH_PAGE`, `MAX_MATCHES`).
/// - `threshold`: a result's `match` is `score >= threshold`; default ``Screener/defaultThreshold``
///   (0.80, the engine's calibrated alert threshold; yente's default is 0.70 for its own scores).
/// - `cutoff` (deprecated in yente): results scoring below `min(cutoff, threshold)` are not
///   returned at all; default the service's default threshold, as yente's default is its
///   `SCORE_THRESHOLD`. So by default only matches are returned; a lower `threshold` returns
///   weaker results too, and a higher one returns results between 0.80 and it with `match: false`.
/// - `algorithm`: `best` (the default) or ``Algorithm/engineName``; anything else is a 400, as in yente.
/// - `include_dataset`, `exclude_dataset` (repeatable): list sources (`un-sc`, `ofac-sdn`, ...)
///   a result must, or must not only, come from.
/// - `exclude_schema` (repeatable): result schemata to leave out (`Organization`, `Vessel`, ...).
///
/// Unknown parameters (`topics`, `changed_since`, `exclude_entity_ids`, ...) are ignored.
public struct MatchParameters: Sendable, Equatable {
  public static let defaultLimit = 5
  public static let maximumLimit = 500

  public var limit = MatchParameters.defaultLimit
  public var threshold = Screener.defaultThreshold
  public var cutoff = Screener.defaultThreshold
  public var includeDatasets: [String] = []
  public var excludeDatasets: [String] = []
  public var excludeSchemata: [String] = []

  /// The lowest score returned: `min(cutoff, threshold)`.
  public var floor: Double { min(cutoff, threshold) }

  public init() {}

  /// Reads the parameters from the query string's (key, value) pairs; a repeated single-valued
  /// parameter takes its last value.
  init(_ pairs: some Sequence<(key: Substring, value: Substring)>) throws(APIError) {
    for (key, value) in pairs {
      let text = String(value)
      switch key {
      case "limit":
        guard let number = Int(text), (1...Self.maximumLimit).contains(number) else {
          throw .badRequest("limit must be a whole number from 1 to \(Self.maximumLimit) (got \"\(text)\").")
        }
        limit = number
      case "threshold":
        threshold = try Self.score(text, name: "threshold")
      case "cutoff":
        cutoff = try Self.score(text, name: "cutoff")
      case "algorithm":
        guard Algorithm.accepts(text) else {
          throw .badRequest("Invalid algorithm: \(text) (this service offers \"best\" = \"\(Algorithm.engineName)\").")
        }
      case "include_dataset": includeDatasets.append(text)
      case "exclude_dataset": excludeDatasets.append(text)
      case "exclude_schema": excludeSchemata.append(text)
      default: continue
      }
    }
  }

  private static func score(_ text: String, name: String) throws(APIError) -> Double {
    guard let value = Double(text), value.isFinite, (0...1).contains(value) else {
      throw .badRequest("\(name) must be a number from 0 to 1 (got \"\(text)\").")
    }
    return value
  }
}
