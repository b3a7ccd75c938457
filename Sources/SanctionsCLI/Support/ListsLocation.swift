import ArgumentParser

/// Where the lists to screen against are.
struct ListsLocationOptions: ParsableArguments {
  @Option(name: .customLong("lists"), help: "A list file or folder (repeatable).")
  var lists: [String] = []

  /// The list paths to load.
  func resolvedPaths() throws -> [String] {
    guard !lists.isEmpty else { throw ValidationError("give at least one --lists PATH (a list file or folder)") }
    return lists
  }
}
