import SanctionsSupport

/// Entity-level differences between two versions of sanctions lists.
///
/// ```swift
/// let old = try ListLoader.load(paths: ["lists/un/consolidated_2024-11-30.xml"])
/// let new = try ListLoader.load(paths: ["lists/un/consolidated.xml"])
/// let diff = ListDiff(old: old, new: new)
/// print(diff.summary)  // 879 → 1003 entities: 130 added, 6 removed, 105 changed, 768 unchanged ...
/// ```
///
/// Entities are matched by their source-qualified ``Entity/id`` (`un:QDi.001`, `ofac:306`),
/// which is the same in every format of a list (OFAC's Enhanced XML and legacy CSV both use the
/// ent_num), so either version may be any mix of files and formats.
///
/// - An entity whose id is only in the new version is *added*, only in the old one *removed*.
/// - An entity in both is *changed* when a compared field differs: its type, its names, its
///   identifiers, its birth dates or its programs (see ``DiffField``). Values are compared with
///   a light normalization (whitespace collapsed, case folded; see ``FieldChange``), so pure
///   formatting differences between formats do not count; the kind of a name (primary, alias)
///   and the details of an identifier (issuing country, notes) are not compared, nor are
///   addresses, remarks and other particulars.
/// - When the two files an entity comes from have different formats, a field (or a kind of
///   name) that one of the formats cannot carry is not compared, and is reported once per
///   pair of files in ``uncompared`` rather than as a change: for example OFAC `cons_prim.csv`
///   read without `cons_alt.csv` has no aliases, so the Enhanced XML's aliases are not counted
///   as removed names. Files of the same format are compared on everything.
///
/// Every list is in id order (digit runs compared as numbers), so the result is the same on
/// every run.
public struct ListDiff: Sendable {
  /// The old version's files, as the loader reported them.
  public var oldFiles: [ListFileReport]
  /// The new version's files, as the loader reported them.
  public var newFiles: [ListFileReport]
  /// Entities in the old version (after de-duplication).
  public var oldEntityCount: Int
  /// Entities in the new version (after de-duplication).
  public var newEntityCount: Int
  /// Entities only in the new version, in id order.
  public var added: [Entity]
  /// Entities only in the old version, in id order.
  public var removed: [Entity]
  /// Entities in both versions whose compared fields differ, in id order.
  public var changed: [EntityChange]
  /// Fields left out for entities whose two files have formats that cannot both carry them.
  public var uncompared: [UncomparedField]
  /// Summary counts.
  public var counts: DiffCounts

  /// Compares two loaded versions.
  public init(old: LoadedLists, new: LoadedLists) {
    oldFiles = old.reports
    newFiles = new.reports
    oldEntityCount = old.entities.count
    newEntityCount = new.entities.count
    let oldCoverage = old.reports.map(FormatCoverage.init)
    let newCoverage = new.reports.map(FormatCoverage.init)
    let oldOrigins = old.reportIndices()
    let newOrigins = new.reportIndices()

    var oldPosition: [String: Int] = [:]
    oldPosition.reserveCapacity(old.entities.count)
    for position in old.entities.indices where oldPosition[old.entities[position].id] == nil {
      oldPosition[old.entities[position].id] = position
    }
    var matched = [Bool](repeating: false, count: old.entities.count)
    var added: [Entity] = []
    var changed: [EntityChange] = []
    var unchanged = 0
    struct Gap: Hashable {
      var field: DiffField
      var nameKinds: [NameKind]
      var oldFile: Int
      var newFile: Int
    }
    var gaps: [Gap: Int] = [:]
    for position in new.entities.indices {
      let entity = new.entities[position]
      guard let match = oldPosition[entity.id] else {
        added.append(entity)
        continue
      }
      if matched[match] { continue }  // a repeated id in the new version: compared once
      matched[match] = true
      let oldFile = oldOrigins[match]
      let newFile = newOrigins[position]
      var fields = Set(DiffField.allCases)
      var nameKinds = Set(NameKind.allCases)
      if let a = oldCoverage.indices.contains(oldFile) ? oldCoverage[oldFile] : nil,
        let b = newCoverage.indices.contains(newFile) ? newCoverage[newFile] : nil, a.profile != b.profile
      {
        fields = a.fields.intersection(b.fields)
        nameKinds = a.nameKinds.intersection(b.nameKinds)
        for field in DiffField.allCases where !fields.contains(field) {
          gaps[Gap(field: field, nameKinds: [], oldFile: oldFile, newFile: newFile), default: 0] += 1
        }
        let leftOut = NameKind.allCases.filter { !nameKinds.contains($0) }
        if fields.contains(.names), !leftOut.isEmpty {
          gaps[Gap(field: .names, nameKinds: leftOut, oldFile: oldFile, newFile: newFile), default: 0] += 1
        }
      }
      let fieldChanges = EntityComparison.changes(
        old: old.entities[match], new: entity, fields: fields, nameKinds: nameKinds)
      if fieldChanges.isEmpty {
        unchanged += 1
      } else {
        changed.append(EntityChange(old: old.entities[match], new: entity, fields: fieldChanges))
      }
    }
    var removed: [Entity] = []
    for position in old.entities.indices where !matched[position] && oldPosition[old.entities[position].id] == position {
      removed.append(old.entities[position])
    }
    added.sort { EntityIDOrder.precedes($0.id, $1.id) }
    removed.sort { EntityIDOrder.precedes($0.id, $1.id) }
    changed.sort { EntityIDOrder.precedes($0.id, $1.id) }

    var fieldCounts: [DiffField: DiffCounts.Field] = [:]
    for change in changed {
      for fieldChange in change.fields {
        var count = fieldCounts[fieldChange.field] ?? DiffCounts.Field(entities: 0, added: 0, removed: 0)
        count.entities += 1
        count.added += fieldChange.added.count
        count.removed += fieldChange.removed.count
        fieldCounts[fieldChange.field] = count
      }
    }
    let oldReports = old.reports
    let newReports = new.reports
    uncompared = gaps.map { gap, count in
      let oldReport = oldReports[gap.oldFile]
      let newReport = newReports[gap.newFile]
      let sides = [(oldReport, oldCoverage[gap.oldFile]), (newReport, newCoverage[gap.newFile])]
      let lacking = sides.filter { _, coverage in
        gap.nameKinds.isEmpty
          ? !coverage.fields.contains(gap.field) : gap.nameKinds.contains { !coverage.nameKinds.contains($0) }
      }
      let reason = lacking.map { report, coverage in "\(FileSystem.baseName(report.path)) is \(coverage.profile)" }
        .joined(separator: " and ") + ", which cannot state them"
      return UncomparedField(
        field: gap.field, nameKinds: gap.nameKinds, oldFile: oldReport.path, newFile: newReport.path,
        reason: reason, entities: count)
    }.sorted { a, b in
      (a.oldFile, a.newFile, a.field, a.nameKinds.count) < (b.oldFile, b.newFile, b.field, b.nameKinds.count)
    }
    self.added = added
    self.removed = removed
    self.changed = changed
    counts = DiffCounts(
      added: added.count, removed: removed.count, changed: changed.count, unchanged: unchanged, fields: fieldCounts)
  }

  /// True when no entity was added, removed or changed.
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
