/// Compares the fields of two versions of one entity.
///
/// What counts as the same value:
/// - names: the same text after collapsing whitespace and folding case (`AL-QAIDA` and
///   `Al-Qaida` are one name; `Al Qaida` is another). The kind of a name (primary, alias...)
///   and its quality flag are not compared, only whether the value is there.
/// - identifiers: the same kind (``IdentifierKind/description``) and the same value after
///   collapsing whitespace, folding case and dropping a trailing parenthesized note (OFAC's XML
///   writes `1026303117642 (Russia)` where its CSV gives `1026303117642` and the country
///   apart); issuing country and notes are not compared.
/// - birth dates: the same ``BirthDate/description`` (`1963-04-11`, `1963`, `~1960`...).
/// - programs: the same text after collapsing whitespace and folding case.
/// - type: the same ``EntityType``.
enum EntityComparison {
  /// The changed fields among `fields`, in ``DiffField`` order; names only of `nameKinds`.
  static func changes(
    old: Entity, new: Entity, fields: Set<DiffField>, nameKinds: Set<NameKind>
  ) -> [FieldChange] {
    var changes: [FieldChange] = []
    for field in DiffField.allCases where fields.contains(field) {
      let change: FieldChange?
      switch field {
      case .type:
        change = old.type == new.type
          ? nil : FieldChange(field: .type, removed: [old.type.rawValue], added: [new.type.rawValue])
      case .names:
        change = compare(
          .names, old.names.filter { nameKinds.contains($0.kind) }, new.names.filter { nameKinds.contains($0.kind) },
          key: { normalized($0.value) }, display: \.value)
      case .identifiers:
        change = compare(
          .identifiers, old.identifiers, new.identifiers,
          key: { "\($0.kind.description)\u{1F}\(identifierValue($0.value))" }, display: { "\($0.kind) \($0.value)" })
      case .birthDates:
        change = compare(.birthDates, old.birthDates, new.birthDates, key: \.description, display: \.description)
      case .programs:
        change = compare(.programs, old.programs, new.programs, key: normalized, display: { $0 })
      }
      if let change { changes.append(change) }
    }
    return changes
  }

  /// Values of `old` whose key `new` lacks (removed) and the reverse (added), each once, in
  /// list order; nil when there are none.
  private static func compare<Value>(
    _ field: DiffField, _ old: [Value], _ new: [Value], key: (Value) -> String, display: (Value) -> String
  ) -> FieldChange? {
    let oldKeys = old.map(key)
    let newKeys = new.map(key)
    let oldSet = Set(oldKeys)
    let newSet = Set(newKeys)
    if oldSet == newSet { return nil }
    func only(_ values: [Value], _ keys: [String], missingFrom other: Set<String>) -> [String] {
      var seen: Set<String> = []
      var result: [String] = []
      for (value, key) in zip(values, keys) where !other.contains(key) && seen.insert(key).inserted {
        result.append(display(value))
      }
      return result
    }
    return FieldChange(
      field: field, removed: only(old, oldKeys, missingFrom: newSet), added: only(new, newKeys, missingFrom: oldSet))
  }

  /// An identifier's value for comparison: ``normalized(_:)`` without a trailing ` (...)`.
  static func identifierValue(_ text: String) -> String {
    let value = normalized(text)
    guard value.hasSuffix(")"), let open = value.lastIndex(of: "("), open > value.startIndex else { return value }
    let space = value.index(before: open)
    return value[space] == " " ? String(value[..<space]) : value
  }

  /// Whitespace runs collapsed to one space, trimmed, case folded (Unicode lower case).
  static func normalized(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }
}
