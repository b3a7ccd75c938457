import SanctionsSupport

/// What one list file's format can state, so that entities read from files of different
/// formats are compared only on what both formats carry.
///
/// The rule ``ListDiff`` applies:
/// - two files with the same profile (the same format and, for an OFAC CSV set, the same
///   companion files) are compared on every ``DiffField`` and every kind of name;
/// - otherwise a field, or a kind of name, is compared only when both profiles carry it.
///
/// The table is deliberately coarse: a field counts as carried when the format has a place for
/// it, even if only through free-text remarks (OFAC CSV birth dates and identifiers).
struct FormatCoverage: Hashable {
  /// The format, plus for OFAC CSV sets whether the alias file was read.
  var profile: String
  /// Fields the format can state.
  var fields: Set<DiffField>
  /// Kinds of names the format can state.
  var nameKinds: Set<NameKind>

  init(_ report: ListFileReport) {
    var fields = Set(DiffField.allCases)
    var kinds = Set(NameKind.allCases)
    var profile = report.format.rawValue
    switch report.format {
    case .ofacCSV:
      kinds.remove(.originalScript)
      let hasAliases = report.companionPaths.contains { path in
        let name = FileSystem.baseName(path).asciiLowercased
        return name == "alt.csv" || name == "cons_alt.csv"
      }
      if !hasAliases {
        // Only the primary name and the weak aliases written into the remarks (`a.k.a. '...'`).
        kinds = [.primary, .weakAka]
        profile += " without its alias file"
      }
    case .usCSLCSV:
      kinds.remove(.originalScript)
    case .canadaSEMAXML:
      fields.remove(.identifiers)
      kinds = [.primary, .aka]
    case .dfatXLSX:
      fields.remove(.identifiers)
    case .customJSONArray:
      fields = [.names]
      kinds = [.primary]
    case .ofacEnhancedXML, .unXML, .ukOFSIXLSX, .ukOFSICSV, .followTheMoneyJSON, .customCSV, .customJSONLines:
      break
    }
    self.profile = profile
    self.fields = fields
    self.nameKinds = kinds
  }
}
