extension LoadedLists {
  /// For each entity (by position), the index in ``reports`` of the file it was read from.
  ///
  /// The loader keeps each file's surviving entities together, files in report order, and a
  /// report's `entities - superseded` is how many of them survived; a mismatch (which the
  /// loader never produces) maps the remaining entities to the last report.
  func reportIndices() -> [Int] {
    var indices: [Int] = []
    indices.reserveCapacity(entities.count)
    for (index, report) in reports.enumerated() {
      let kept = max(0, report.entities - report.superseded)
      indices.append(contentsOf: repeatElement(index, count: min(kept, entities.count - indices.count)))
    }
    if indices.count < entities.count {
      indices.append(contentsOf: repeatElement(max(0, reports.count - 1), count: entities.count - indices.count))
    }
    return indices
  }
}
