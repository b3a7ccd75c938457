import ArgumentParser

/// `sanctions index`: standalone index files.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build and inspect standalone index files (for 'sanctions screen --index FILE').",
    subcommands: [IndexBuildCommand.self, IndexInfoCommand.self]
  )
}
