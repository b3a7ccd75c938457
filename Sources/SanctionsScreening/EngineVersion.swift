/// The engine's version, recorded in audit data and printed by
/// `sanctions --version`.
public enum EngineVersion {
  /// The release (semantic versioning).
  public static let release = "0.15.0"
  /// The format of saved index files this build reads and writes.
  public static var indexFormat: Int { Int(IndexStore.formatVersion) }
  /// `sanctions 0.15.0 (index format 9)`.
  public static var description: String { "sanctions \(release) (index format \(indexFormat))" }
}
