/// The list vocabulary encodes as its raw values, the same strings
/// `sanctions screen --format json` writes (`un-sc`, `person`, `original_script`),
/// so screening results that contain them are `Codable`.
extension ListSource: Codable {}

extension EntityType: Codable {}

extension NameKind: Codable {}
