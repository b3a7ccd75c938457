/// What one parser returns for one file (or OFAC CSV set).
struct ParsedList {
  var format: ListFormat
  var source: ListSource
  var published: PartialDate?
  var entities: [Entity]
  /// Records read (rows, elements, lines): may exceed `entities` when several rows form one.
  var records: Int
  var warnings: [ListWarning]
  var companions: [String] = []
  var gzipped = false
}

/// Accumulates an entity's values without duplicates, keeping first-seen order.
struct EntityBuilder {
  var entity: Entity
  private struct NameKey: Hashable {
    var kind: NameKind
    var value: String
  }
  private struct IdentifierKey: Hashable {
    var kind: IdentifierKind
    var value: String
  }
  private var nameIndex: [NameKey: Int] = [:]
  private var identifierKeys: Set<IdentifierKey> = []
  private var seenValues: Set<String> = []
  private var lastRaw: [Int: String] = [:]

  /// True unless `raw` equals the value this column had in an earlier row of the same entity
  /// (cheap: strings shared from an xlsx string table compare by pointer).
  mutating func changed(column: Int, raw: String) -> Bool {
    if let previous = lastRaw[column], previous == raw { return false }
    lastRaw[column] = raw
    return true
  }

  /// True when `raw` equals what was remembered under `key` on an earlier row of this entity;
  /// remembers `raw` either way. (Negative keys: `changed(column:raw:)` uses the others.)
  mutating func sameRaw(key: Int, raw: String) -> Bool {
    if let previous = lastRaw[key], previous == raw { return true }
    lastRaw[key] = raw
    return false
  }

  /// True the first time a raw value is offered (lets row-per-name formats skip re-parsing
  /// values repeated on every row of an entity).
  mutating func firstTime(_ key: String) -> Bool { seenValues.insert(key).inserted }

  /// Adds a remark; true when it was not there yet.
  mutating func addRemarkIfNew(_ raw: String) -> Bool {
    guard let value = Text.clean(raw), !entity.remarks.contains(value) else { return false }
    entity.remarks.append(value)
    return true
  }

  init(id: String, source: ListSource, type: EntityType) {
    entity = Entity(id: id, source: source, type: type, names: [])
  }

  /// An empty builder that allocates nothing: a stand-in left in a collection while the real
  /// builder is moved out to be mutated in place.
  static var placeholder: EntityBuilder { EntityBuilder(id: "", source: .custom, type: .unknown) }

  /// Adds a name unless the same text with the same kind is already there.
  mutating func addName(
    _ raw: String?, kind: NameKind, quality: NameQuality? = nil, script: String? = nil,
    language: String? = nil
  ) {
    guard let value = Text.clean(raw) else { return }
    let key = NameKey(kind: kind, value: value)
    if let existing = nameIndex[key] {
      // Same name again (another row of the same entity): keep any detail the first lacked.
      if entity.names[existing].quality == nil { entity.names[existing].quality = quality }
      if entity.names[existing].script == nil { entity.names[existing].script = Text.clean(script) }
      if entity.names[existing].language == nil { entity.names[existing].language = Text.clean(language) }
      return
    }
    nameIndex[key] = entity.names.count
    entity.names.append(
      EntityName(value, kind: kind, quality: quality, script: Text.clean(script), language: Text.clean(language)))
  }

  mutating func addIdentifier(_ identifier: Identifier) {
    guard let value = Text.clean(identifier.value) else { return }
    guard identifierKeys.insert(IdentifierKey(kind: identifier.kind, value: value)).inserted else { return }
    var copy = identifier
    copy.value = value
    entity.identifiers.append(copy)
  }

  mutating func addProgram(_ raw: String?) {
    guard let value = Text.clean(raw), !entity.programs.contains(value) else { return }
    entity.programs.append(value)
  }

  mutating func addBirthDates(_ dates: [BirthDate]) {
    for date in dates where !entity.birthDates.contains(date) { entity.birthDates.append(date) }
  }

  mutating func addBirthPlace(_ raw: String?) {
    guard let value = Text.clean(raw), !entity.birthPlaces.contains(value) else { return }
    entity.birthPlaces.append(value)
  }

  mutating func addNationalities(_ countries: [Country]) {
    for country in countries where !entity.nationalities.contains(country) {
      entity.nationalities.append(country)
    }
  }

  mutating func addCitizenships(_ countries: [Country]) {
    for country in countries where !entity.citizenships.contains(country) {
      entity.citizenships.append(country)
    }
  }

  mutating func addAddress(_ address: Address) {
    guard !address.isEmpty, !entity.addresses.contains(address) else { return }
    entity.addresses.append(address)
  }

  mutating func addRemark(_ raw: String?) {
    guard let value = Text.clean(raw), !entity.remarks.contains(value) else { return }
    entity.remarks.append(value)
  }

  mutating func setVessel(_ details: VesselDetails) {
    guard !details.isEmpty else { return }
    entity.vessel = details
  }

  var hasPrimaryName: Bool { entity.names.contains { $0.kind == .primary } }

  /// Makes sure the entity has a primary name: promotes the first alias if needed.
  /// Returns false when the entity has no name at all.
  mutating func ensurePrimaryName() -> Bool {
    if hasPrimaryName { return true }
    guard let index = entity.names.firstIndex(where: { $0.kind != .originalScript }) ?? entity.names.indices.first
    else { return false }
    entity.names[index].kind = .primary
    return true
  }

  /// The finished entity, with the primary name first.
  func build() -> Entity {
    var result = entity
    if let index = result.names.firstIndex(where: { $0.kind == .primary }), index != 0 {
      let primary = result.names.remove(at: index)
      result.names.insert(primary, at: 0)
    }
    return result
  }
}

extension Array where Element == EntityBuilder {
  /// Moves the builder at `index` out (leaving a placeholder), so mutating it never copies its
  /// storage; store it back with `self[index] = builder`.
  mutating func takeBuilder(at index: Int) -> EntityBuilder {
    var builder = EntityBuilder.placeholder
    swap(&builder, &self[index])
    return builder
  }
}
