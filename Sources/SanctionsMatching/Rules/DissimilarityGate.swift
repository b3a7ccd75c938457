/// Quick rejection: parts that differ in more consonant classes than any
/// rule tolerates (typos and variants change at most four) cannot
/// agree, unless they are one given name, carry many romanizations, or may
/// be a truncation of one another. Reads only plain stored values. (The
/// sound transcription, whose romanizations differ by convention, runs
/// before it.)
enum DissimilarityGate: MatcherGate {
  static let name = "quick rejection"

  /// Consonant classes two parts may differ in before they are rejected.
  static let toleratedClassDifference = 4
  /// The same when either part has more than `manyForms` romanizations.
  static let toleratedClassDifferenceManyForms = 8
  static let manyForms = 2

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let a = pair.a
    let b = pair.b
    let classDifference = (a.pointee.classBits ^ b.pointee.classBits).nonzeroBitCount
    guard classDifference > toleratedClassDifference,
      a.pointee.nameGroup == 0 || a.pointee.nameGroup != b.pointee.nameGroup
    else { return .next }
    let hasManyForms = a.pointee.formCount > manyForms || b.pointee.formCount > manyForms
    if hasManyForms && classDifference <= toleratedClassDifferenceManyForms { return .next }
    let mayBeTruncated = a.pointee.primaryPrefix != 0 && a.pointee.primaryPrefix == b.pointee.primaryPrefix
    return mayBeTruncated ? .next : .stop
  }
}
