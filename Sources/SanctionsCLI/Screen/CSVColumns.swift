import SanctionsSupport

/// Where a customer file's columns are: found from the header row by the
/// names given (`--name-column`, ...) or by common names.
struct CSVColumns: Sendable {
  /// The header as given (carried to CSV output).
  var header: [String]
  var name: Int
  var id: Int?
  var type: Int?
  var dob: Int?
  var country: Int?

  /// Column names tried when none is given, compared without case, spaces,
  /// `_`, `-` and `.`.
  static let defaultNames: [String: [String]] = [
    "name": ["name", "fullname", "customername", "clientname", "partyname", "entityname", "legalname", "accountname"],
    "id": ["id", "customerid", "clientid", "partyid", "accountid", "customernumber", "reference", "ref"],
    "type": ["type", "partytype", "entitytype", "customertype", "kind"],
    "dob": ["dob", "dateofbirth", "birthdate", "yearofbirth", "birthyear", "dateofincorporation"],
    "country": ["country", "countrycode", "nationality", "citizenship", "countryofresidence", "residence"],
  ]

  /// The columns `names` gives, else the default names; the name column is
  /// required.
  static func resolve(header: [String], names: CSVColumnNames = CSVColumnNames()) throws(CSVHeaderError) -> CSVColumns {
    let keys = header.map(key)
    func find(_ role: String, given: String?) throws(CSVHeaderError) -> Int? {
      if let given {
        guard let index = keys.firstIndex(of: key(given)) else {
          throw CSVHeaderError(message: "the header has no column \"\(given)\" (columns: \(header.joined(separator: ", ")))")
        }
        return index
      }
      for candidate in defaultNames[role] ?? [] {
        if let index = keys.firstIndex(of: candidate) { return index }
      }
      return nil
    }
    guard let name = try find("name", given: names.name) else {
      throw CSVHeaderError(
        message: "the header has no name column (columns: \(header.joined(separator: ", "))); "
          + "name it with --name-column")
    }
    return CSVColumns(
      header: header, name: name, id: try find("id", given: names.id),
      type: try find("type", given: names.type), dob: try find("dob", given: names.dob),
      country: try find("country", given: names.country))
  }

  private static func key(_ name: String) -> String {
    String(
      String.UnicodeScalarView(
        name.lowercased().unicodeScalars.filter { !" _-.\t\u{FEFF}".unicodeScalars.contains($0) }))
  }
}

/// Column names given for the roles (nil: look for the default names).
struct CSVColumnNames: Sendable {
  var name: String? = nil
  var id: String? = nil
  var type: String? = nil
  var dob: String? = nil
  var country: String? = nil
}

/// The header row of a customer file cannot be used.
struct CSVHeaderError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
