/// A field (or some kinds of names) that ``ListDiff`` left out for entities listed in files of
/// different formats, because one of the two formats cannot carry it.
///
/// Example: OFAC's `cons_prim.csv` read without its `cons_alt.csv` has primary names only, so
/// against the Enhanced XML of the same list only primary names (and the weak aliases both
/// formats state) are compared; the aliases are reported here instead of as removed names.
public struct UncomparedField: Sendable, Hashable, CustomStringConvertible {
  /// The field left out, wholly or (for names) for some kinds.
  public var field: DiffField
  /// For ``DiffField/names``: the kinds of names left out; empty when the whole field was.
  public var nameKinds: [NameKind]
  /// The old version's file.
  public var oldFile: String
  /// The new version's file.
  public var newFile: String
  /// Which side cannot carry the field, and why.
  public var reason: String
  /// Entities in both versions (and in these two files) for which it was left out.
  public var entities: Int

  /// Creates a record of a field left out.
  public init(
    field: DiffField, nameKinds: [NameKind], oldFile: String, newFile: String, reason: String, entities: Int
  ) {
    self.field = field
    self.nameKinds = nameKinds
    self.oldFile = oldFile
    self.newFile = newFile
    self.reason = reason
    self.entities = entities
  }

  /// `names (aka, fka) not compared for 443 entities: <reason>`.
  public var description: String {
    let what = nameKinds.isEmpty ? field.rawValue : "\(field.rawValue) (\(nameKinds.map(\.rawValue).joined(separator: ", ")))"
    return "\(what) not compared for \(entities) entit\(entities == 1 ? "y" : "ies"): \(reason)"
  }
}
