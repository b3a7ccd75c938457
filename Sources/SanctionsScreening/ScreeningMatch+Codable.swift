/// A match encodes with the field names of `sanctions screen --format json`
/// (`entity_id`, `source`, `name`, `score`, `type`, `name_kind`) plus
/// `name_score`, `adjustments` and `records` (the party's records in every
/// loaded file, the matched one first):
///
/// ```json
/// {"entity_id":"un:QDi.001","source":"un-sc","name":"…","score":0.93,"type":"person",
///  "name_kind":"primary","name_score":0.93,"adjustments":[],
///  "records":[{"entity_id":"un:QDi.001","source":"un-sc"}]}
/// ```
///
/// Scores encode at full precision (the CLI rounds them to four decimals).
///
/// A decoded match carries every public field, so it can be stored, sent
/// and shown (its `description` is the same line). It does not carry the
/// screener's internal position of the matched name, so it cannot be passed
/// to ``Screener/explain(_:for:)`` (that traps), and it is not `==` to the
/// match it was encoded from: compare the public fields instead.
extension ScreeningMatch: Codable {
  enum CodingKeys: String, CodingKey {
    case entityID = "entity_id"
    case source
    case matchedName = "name"
    case score
    case entityType = "type"
    case nameKind = "name_kind"
    case nameScore = "name_score"
    case adjustments
    case records
  }

  /// The position decoded matches have in place of the screener's internal
  /// entity and name positions: none.
  static let notFromScreener = -1

  /// Whether the match came from screening (so it can be explained), not
  /// from decoding.
  var isFromScreener: Bool { nameNumber != Self.notFromScreener }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let score = try container.decode(Double.self, forKey: .score)
    let entityID = try container.decode(String.self, forKey: .entityID)
    let source = try container.decode(ListSource.self, forKey: .source)
    self.init(
      entityID: entityID,
      source: source,
      entityType: try container.decode(EntityType.self, forKey: .entityType),
      matchedName: try container.decode(String.self, forKey: .matchedName),
      nameKind: try container.decode(SanctionsLists.NameKind.self, forKey: .nameKind),
      score: score,
      nameScore: try container.decodeIfPresent(Double.self, forKey: .nameScore) ?? score,
      adjustments: try container.decodeIfPresent([ScoreAdjustment].self, forKey: .adjustments) ?? [],
      records: try container.decodeIfPresent([PartyRecord].self, forKey: .records)
        ?? [PartyRecord(entityID: entityID, source: source)],
      entityIndex: Self.notFromScreener, nameNumber: Self.notFromScreener)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(entityID, forKey: .entityID)
    try container.encode(source, forKey: .source)
    try container.encode(matchedName, forKey: .matchedName)
    try container.encode(score, forKey: .score)
    try container.encode(entityType, forKey: .entityType)
    try container.encode(nameKind, forKey: .nameKind)
    try container.encode(nameScore, forKey: .nameScore)
    try container.encode(adjustments, forKey: .adjustments)
    try container.encode(records, forKey: .records)
  }
}
