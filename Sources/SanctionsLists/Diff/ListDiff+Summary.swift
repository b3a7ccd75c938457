extension ListDiff {
  /// A few lines of counts, for a person reading a terminal (what `sanctions update` prints for
  /// what it just installed, and the head of `sanctions diff`):
  ///
  /// ```text
  /// 879 → 1003 entities: 130 added, 6 removed, 105 changed, 768 unchanged
  ///   names changed in 6 entities (+7, -5)
  ///   birth dates changed in 100 entities (+155, -1)
  /// ```
  ///
  /// Then a `note:` line per field left out across formats (see ``uncompared``). Ends with a
  /// newline.
  public var summary: String {
    var text = "\(oldEntityCount) → \(newEntityCount) entities: "
    if isEmpty {
      text += "no differences\n"
    } else {
      text += "\(counts.added) added, \(counts.removed) removed, \(counts.changed) changed, "
        + "\(counts.unchanged) unchanged\n"
    }
    for field in DiffField.allCases {
      guard let count = counts.fields[field] else { continue }
      text += "  \(field.label) changed in \(count.entities) entit\(count.entities == 1 ? "y" : "ies")"
      text += field == .type ? "\n" : " (+\(count.added), -\(count.removed))\n"
    }
    for gap in uncompared { text += "  note: \(gap)\n" }
    return text
  }
}

extension DiffField {
  /// `type`, `names`, `identifiers`, `birth dates`, `programs`.
  var label: String { self == .birthDates ? "birth dates" : rawValue }
}
