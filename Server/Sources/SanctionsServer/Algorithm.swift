import SanctionsSupport

/// The one matching algorithm the service offers: the engine's calibrated name score, refined by
/// party type, birth year and country. yente-compatible names: `best` resolves to it.
public enum Algorithm {
  /// Its name in `algorithm=` and `GET /algorithms`.
  public static let engineName = "sanctions"
  /// yente's alias for the recommended algorithm.
  public static let bestName = "best"

  /// Whether `name` selects the engine (case and surrounding spaces ignored, as in yente).
  static func accepts(_ name: String) -> Bool {
    let clean = name.trimmingWhitespace.lowercased()
    return clean == bestName || clean == engineName
  }
}
