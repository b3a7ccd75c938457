import ArgumentParser

/// The columns of a customer file (`screen --input csv`).
struct CSVColumnOptions: ParsableArguments {
  @Option(help: ArgumentHelp("CSV column holding the name (default: name, full_name, customer_name, ...).", valueName: "column"))
  var nameColumn: String?

  @Option(help: ArgumentHelp("CSV column holding the customer's id (default: id, customer_id, reference, ...).", valueName: "column"))
  var idColumn: String?

  @Option(help: ArgumentHelp("CSV column holding the party type: person/individual, organization/company/entity, vessel, aircraft (default: type, party_type, ...).", valueName: "column"))
  var typeColumn: String?

  @Option(help: ArgumentHelp("CSV column holding the date or year of birth (default: dob, date_of_birth, ...).", valueName: "column"))
  var dobColumn: String?

  @Option(help: ArgumentHelp("CSV column holding the country (default: country, nationality, ...).", valueName: "column"))
  var countryColumn: String?

  /// The names given.
  var names: CSVColumnNames {
    CSVColumnNames(name: nameColumn, id: idColumn, type: typeColumn, dob: dobColumn, country: countryColumn)
  }

  /// Whether any column was named.
  var anyGiven: Bool { [nameColumn, idColumn, typeColumn, dobColumn, countryColumn].contains { $0 != nil } }
}
