/// An entity present in both versions whose compared fields differ.
public struct EntityChange: Sendable, Hashable {
  /// The entity as the old version lists it.
  public var old: Entity
  /// The entity as the new version lists it.
  public var new: Entity
  /// The fields that changed, in ``DiffField`` order; never empty.
  public var fields: [FieldChange]

  /// Creates a change record.
  public init(old: Entity, new: Entity, fields: [FieldChange]) {
    self.old = old
    self.new = new
    self.fields = fields
  }

  /// The source-qualified id (the same in both versions).
  public var id: String { new.id }

  /// The change of one field, or nil when that field did not change.
  public func change(of field: DiffField) -> FieldChange? {
    fields.first { $0.field == field }
  }
}
