/// An adjustment encodes flat, with the attribute named and its values beside it:
///
/// ```json
/// {"attribute":"type","query":"person","listed":"organization","agrees":false,"change":-0.05}
/// {"attribute":"birth_year","year":1957,"agrees":true,"change":0.03}
/// {"attribute":"country","country":"SA","agrees":true,"change":0.02}
/// ```
extension ScoreAdjustment: Codable {
  enum CodingKeys: String, CodingKey {
    case attribute, query, listed, year, country, agrees, change
  }

  /// The values of `attribute`.
  enum AttributeName: String, Codable {
    case type
    case birthYear = "birth_year"
    case country
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let attribute: Attribute
    switch try container.decode(AttributeName.self, forKey: .attribute) {
    case .type:
      attribute = .type(
        query: try container.decode(PartyKind.self, forKey: .query),
        listed: try container.decode(EntityType.self, forKey: .listed))
    case .birthYear:
      attribute = .birthYear(try container.decode(Int.self, forKey: .year))
    case .country:
      attribute = .country(try container.decode(String.self, forKey: .country))
    }
    self.init(
      attribute, agrees: try container.decode(Bool.self, forKey: .agrees),
      change: try container.decode(Double.self, forKey: .change))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch attribute {
    case .type(let query, let listed):
      try container.encode(AttributeName.type, forKey: .attribute)
      try container.encode(query, forKey: .query)
      try container.encode(listed, forKey: .listed)
    case .birthYear(let year):
      try container.encode(AttributeName.birthYear, forKey: .attribute)
      try container.encode(year, forKey: .year)
    case .country(let country):
      try container.encode(AttributeName.country, forKey: .attribute)
      try container.encode(country, forKey: .country)
    }
    try container.encode(agrees, forKey: .agrees)
    try container.encode(change, forKey: .change)
  }
}
