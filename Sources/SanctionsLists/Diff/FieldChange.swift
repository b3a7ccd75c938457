/// How one field of an entity changed between two versions of a list.
///
/// Values are display texts: a name as listed, an identifier as `kind value`
/// (`passport A1234567`), a birth date as written (`1963-04-11`, `~1960`), a programme, or an
/// entity type. Removed values are shown as the old version lists them, added values as the new
/// version lists them, each in list order.
public struct FieldChange: Sendable, Hashable {
  /// The field.
  public var field: DiffField
  /// Values in the old version that the new version no longer has.
  public var removed: [String]
  /// Values in the new version that the old version did not have.
  public var added: [String]

  /// Creates a field change.
  public init(field: DiffField, removed: [String], added: [String]) {
    self.field = field
    self.removed = removed
    self.added = added
  }
}
