/// A query encodes with the field names of `sanctions screen --input jsonl`
/// where they exist (`name`, `type`, `country`), and `birth_year` for the
/// year of birth (the CLI's `dob` is free text; this is the parsed year):
///
/// ```json
/// {"name":"Usama bin Ladin","type":"person","birth_year":1957,"country":"SA"}
/// ```
///
/// Absent attributes are left out. When decoding, only `name` is required:
/// a missing `type` is `.any`.
extension ScreeningQuery: Codable {
  enum CodingKeys: String, CodingKey {
    case name
    case kind = "type"
    case birthYear = "birth_year"
    case country
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      name: try container.decode(String.self, forKey: .name),
      kind: try container.decodeIfPresent(PartyKind.self, forKey: .kind) ?? .any,
      birthYear: try container.decodeIfPresent(Int.self, forKey: .birthYear),
      country: try container.decodeIfPresent(String.self, forKey: .country))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(birthYear, forKey: .birthYear)
    try container.encodeIfPresent(country, forKey: .country)
  }
}
