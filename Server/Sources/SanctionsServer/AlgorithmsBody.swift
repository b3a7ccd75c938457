import SanctionsScreening

/// The answer of `GET /algorithms`, in yente's shape (`AlgorithmResponse`): the one algorithm,
/// `default` = `best` (as yente's default), `best` = the engine.
struct AlgorithmsBody: Encodable {
  var algorithms: [AlgorithmEntry] = [AlgorithmEntry()]
  var `default` = Algorithm.bestName
  var best = Algorithm.engineName

  struct AlgorithmEntry: Encodable {
    var name = Algorithm.engineName
    var description = """
      \(EngineVersion.description): a calibrated name score in [0, 1] (0.80 is the alert threshold), \
      over every listed name in every script, with an exact candidate index; refined by party type \
      (+0.02 agreeing, -0.15/-0.25 conflicting), birth year (+0.03/-0.10) and country (+0.02/-0.05).
      """
    var features = AlgorithmEntry.featureDocs
    var docs = Docs()

    struct Feature: Encodable {
      var description: String
      var coefficient: Double = 1
    }

    struct Docs: Encodable {
      var name = Algorithm.engineName
      var description = "The sanctions engine's calibrated screening score."
      var features = AlgorithmEntry.featureDocs
      var config: [String: String] = [:]
    }

    static let featureDocs: [String: Feature] = [
      "name_match": Feature(
        description: "Share of both names' evidence that found agreement (aligned name parts, weighted by rarity), "
          + "across scripts and spellings; the query name against the entity's best-matching listed name."),
      "type_match": Feature(description: "Adjustment for the query's schema against the listed entity's type."),
      "birth_year_match": Feature(description: "Adjustment for the query's birth year against the listed birth years."),
      "country_match": Feature(description: "Adjustment for the query's country against the listed countries."),
    ]
  }
}
