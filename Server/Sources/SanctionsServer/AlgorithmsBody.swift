import SanctionsScreening
import SanctionsSupport

/// The answer of `GET /algorithms`, in yente's shape (`AlgorithmResponse`): the one algorithm,
/// `default` = `best` (as yente's default), `best` = the engine.
struct AlgorithmsBody: JSONWritable {
  static let description = """
    \(EngineVersion.description): a calibrated name score in [0, 1] (0.80 is the alert threshold), \
    over every listed name in every script, with an exact candidate index; refined by party type \
    (+0.02 agreeing, -0.15/-0.25 conflicting), birth year (+0.03/-0.10) and country (+0.02/-0.05).
    """

  /// Feature name and description, as the explanations of `/match` results name them.
  static let features: [(String, String)] = [
    ("birth_year_match", "Adjustment for the query's birth year against the listed birth years."),
    ("country_match", "Adjustment for the query's country against the listed countries."),
    (
      "name_match",
      "Share of both names' evidence that found agreement (aligned name parts, weighted by rarity), across "
        + "scripts and spellings; the query name against the entity's best-matching listed name."
    ),
    ("type_match", "Adjustment for the query's schema against the listed entity's type."),
  ]

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.key("algorithms")
    json.beginArray()
    json.beginObject()
    json.field("description", Self.description)
    json.key("docs")
    json.beginObject()
    json.key("config")
    json.beginObject()
    json.endObject()
    json.field("description", "The sanctions engine's calibrated screening score.")
    json.key("features")
    writeFeatures(to: &json)
    json.field("name", Algorithm.engineName)
    json.endObject()
    json.key("features")
    writeFeatures(to: &json)
    json.field("name", Algorithm.engineName)
    json.endObject()
    json.endArray()
    json.field("best", Algorithm.engineName)
    json.field("default", Algorithm.bestName)
    json.endObject()
  }

  private func writeFeatures(to json: inout JSONWriter) {
    json.beginObject()
    for (name, description) in Self.features {
      json.key(name)
      json.beginObject()
      json.field("coefficient", 1.0)
      json.field("description", description)
      json.endObject()
    }
    json.endObject()
  }
}
