import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsLists

/// Walking list folders with symbolic-link cycles, link loops and FIFOs: the walk ends, each
/// folder is entered once, and what was left out is reported with the real reason.
@Suite struct WalkTests {
  /// root/un/entities_un.xml, root/un/up -> .. (a cycle), root/x -> y and root/y -> x (a link
  /// loop), root/pipe (a FIFO). Removed by `remove`.
  struct CycleFolder {
    let root: String
    var un: String { root + "/un" }

    init() {
      var template = Array("/tmp/sanctions-walk-XXXXXX".utf8CString)
      root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
      mkdir(root + "/un", 0o755)
      let source = Paths.fixture("entities_un.xml")
      _ = try? FileSystem.copyFile(from: source, to: root + "/un/entities_un.xml")
      symlink("..", root + "/un/up")
      symlink("y", root + "/x")
      symlink("x", root + "/y")
      mkfifo(root + "/pipe", 0o600)
    }

    func remove() { try? FileSystem.removeTree(root) }
  }

  @Test func aSymlinkCycleIsWalkedOnceAndReported() throws {
    let folder = CycleFolder()
    defer { folder.remove() }
    let loaded = try ListLoader.load(paths: [folder.root])
    let single = try ListLoader.load(paths: [Paths.fixture("entities_un.xml")])
    #expect(loaded.reports.map(\.path) == [folder.un + "/entities_un.xml"])
    #expect(loaded.entities.count == single.entities.count)
    let reasons = Dictionary(uniqueKeysWithValues: loaded.skipped.map { ($0.path, $0.reason) })
    #expect(reasons[folder.un + "/up"] == .alreadyWalked)
    #expect(reasons[folder.root + "/x"] == .unreadable("Too many levels of symbolic links"))
    #expect(reasons[folder.root + "/y"] == .unreadable("Too many levels of symbolic links"))
    #expect(reasons[folder.root + "/pipe"] == .notARegularFile)
  }

  @Test func aLinkLoopNamedExplicitlySaysSo() {
    let folder = CycleFolder()
    defer { folder.remove() }
    #expect(loadError([folder.root + "/x"]) == .unreadable(path: folder.root + "/x", reason: "Too many levels of symbolic links"))
    #expect(loadError([folder.root + "/none"]) == .fileNotFound(path: folder.root + "/none"))
  }

  @Test func aFIFOIsNeverOpenedForReading() {
    let folder = CycleFolder()
    defer { folder.remove() }
    // Named explicitly: refused at once (opening it for reading would wait for a writer).
    #expect(loadError([folder.root + "/pipe"]) == .unreadable(path: folder.root + "/pipe", reason: "not a regular file or folder"))
    #expect(throws: ListError.unreadable(path: folder.root + "/pipe", reason: "a FIFO (named pipe), not a regular file")) {
      try FileSystem.readFile(folder.root + "/pipe")
    }
  }

  @Test func fileSystemWalkEndsAndReportsTheCycle() {
    let folder = CycleFolder()
    defer { folder.remove() }
    var visited: [String] = []
    var skipped: [String: String] = [:]
    FileSystem.walk(folder.root, skipped: { skipped[$0] = $1 }) { visited.append($0) }
    #expect(visited == [folder.root + "/pipe", folder.un + "/entities_un.xml"])
    #expect(skipped[folder.un + "/up"]?.contains("already walked") == true)
    #expect(skipped[folder.root + "/x"] == "Too many levels of symbolic links")
  }
}
