/// Walks a folder tree entering each folder once (by ``FileID``), so that a symbolic-link
/// cycle is reported as a skipped path instead of recursing forever.
struct DirectoryWalker {
  private var entered: Set<FileID> = []

  /// The reason given for a folder met again.
  static let revisited = "a folder already walked (a symbolic-link cycle or a second link to it)"

  mutating func walk(
    _ path: String, root: Bool, skipped: (_ path: String, _ reason: String) -> Void,
    _ visit: (_ path: String) -> Void
  ) {
    let found: (kind: FileSystem.Kind, id: FileID)
    do {
      found = try FileSystem.inspect(path)
    } catch {
      // A missing path is still visited (its caller records it as missing); any other
      // failure (a symbolic-link loop, permissions) is a skipped path with its reason.
      if error.isMissing || root {
        visit(path)
      } else {
        skipped(path, error.reason)
      }
      return
    }
    guard found.kind == .directory else {
      visit(path)
      return
    }
    guard entered.insert(found.id).inserted else {
      skipped(path, Self.revisited)
      return
    }
    let names: [String]
    do {
      names = try FileSystem.entries(ofDirectory: path)
    } catch {
      skipped(path, error.reason)
      return
    }
    for name in names where !name.hasPrefix(".") {
      walk(FileSystem.join(path, name), root: false, skipped: skipped, visit)
    }
  }
}
