/// Summary counts of a ``ListDiff``.
public struct DiffCounts: Sendable, Hashable {
  /// Entities in the new version only.
  public var added: Int
  /// Entities in the old version only.
  public var removed: Int
  /// Entities in both versions whose compared fields differ.
  public var changed: Int
  /// Entities in both versions whose compared fields are the same.
  public var unchanged: Int
  /// For each field that changed in at least one entity: how many entities, and how many
  /// values were added and removed in all.
  public var fields: [DiffField: Field]

  /// Counts of one field's changes.
  public struct Field: Sendable, Hashable {
    /// Changed entities whose field changed.
    public var entities: Int
    /// Values added, over all those entities (a changed type counts one added and one removed).
    public var added: Int
    /// Values removed, over all those entities.
    public var removed: Int

    /// Creates field counts.
    public init(entities: Int, added: Int, removed: Int) {
      self.entities = entities
      self.added = added
      self.removed = removed
    }
  }

  /// Creates counts.
  public init(added: Int, removed: Int, changed: Int, unchanged: Int, fields: [DiffField: Field]) {
    self.added = added
    self.removed = removed
    self.changed = changed
    self.unchanged = unchanged
    self.fields = fields
  }

  /// The counts of one field (zeros when it changed nowhere).
  public subscript(field: DiffField) -> Field {
    fields[field] ?? Field(entities: 0, added: 0, removed: 0)
  }
}
