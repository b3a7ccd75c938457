import SanctionsScreening

/// Which results a query may return, from yente's dataset and schema filters.
///
/// The path's `{dataset}` is `default` (every loaded list) or one list source (`un-sc`,
/// `ofac-sdn`, ...); anything else is a 404 ("No such dataset."), as in yente. As in yente, the
/// datasets a result may come from are the path's, intersected with `include_dataset` when given,
/// less `exclude_dataset`; a result is kept when any of its records comes from one of them (a
/// party published by OFAC and copied into the US CSL stays when only `us-csl` is excluded).
/// Unlike yente, filters that leave no dataset return no result (yente then drops the filter).
/// `exclude_schema` leaves out results of those schemata (`Person`, `Organization`, `Vessel`,
/// `Airplane`, `LegalEntity`).
struct DatasetScope: Sendable {
  /// The name of the collection of every loaded list.
  static let allDatasets = "default"

  /// The sources a result may come from; nil when every result qualifies on its sources.
  let allowedSources: Set<ListSource>?
  /// Schemata left out.
  let excludedSchemata: Set<String>

  /// No filter at all.
  static let everything = DatasetScope(allowedSources: nil, excludedSchemata: [])

  init(allowedSources: Set<ListSource>?, excludedSchemata: Set<String>) {
    self.allowedSources = allowedSources
    self.excludedSchemata = excludedSchemata
  }

  init(dataset: String, parameters: MatchParameters, available: [ListSource]) throws(APIError) {
    let availableSet = Set(available)
    var allowed: Set<ListSource>
    if dataset == Self.allDatasets {
      allowed = availableSet
    } else if let source = ListSource(rawValue: dataset), availableSet.contains(source) {
      allowed = [source]
    } else {
      throw .notFound(
        "No such dataset: \(dataset). Datasets: \(([Self.allDatasets] + available.map(\.rawValue)).joined(separator: ", ")).")
    }
    if !parameters.includeDatasets.isEmpty {
      allowed.formIntersection(parameters.includeDatasets.compactMap(ListSource.init(rawValue:)))
    }
    allowed.subtract(parameters.excludeDatasets.compactMap(ListSource.init(rawValue:)))
    allowedSources = allowed == availableSet ? nil : allowed
    excludedSchemata = Set(parameters.excludeSchemata)
  }

  /// Whether any result is filtered out.
  var filters: Bool { allowedSources != nil || !excludedSchemata.isEmpty }

  /// Whether `match` may be returned.
  func admits(_ match: ScreeningMatch) -> Bool {
    if let allowedSources, !match.records.contains(where: { allowedSources.contains($0.source) }) { return false }
    if !excludedSchemata.isEmpty, excludedSchemata.contains(EntitySchema.of(match.entityType).rawValue) { return false }
    return true
  }
}
