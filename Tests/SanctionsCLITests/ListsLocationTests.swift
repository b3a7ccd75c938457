import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsCLI

/// Where `screen`, `lists` and `show` find lists when `--lists` is not given.
@Suite("Lists directory resolution")
struct ListsLocationTests {
  @Test("--lists-dir, else $SANCTIONS_LISTS, else $XDG_DATA_HOME, else ~/.local/share")
  func directoryOrder() {
    let all = ["SANCTIONS_LISTS": "/env/lists", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
    func directory(_ explicit: String?, _ environment: [String: String]) -> String {
      ListsLocation.directory(explicit: explicit, environment: { environment[$0] })
    }
    #expect(directory("/given", all) == "/given")
    #expect(directory(nil, all) == "/env/lists")
    #expect(directory(nil, all.filter { $0.key != "SANCTIONS_LISTS" }) == "/xdg/sanctions/lists")
    #expect(directory(nil, ["HOME": "/home/u", "XDG_DATA_HOME": "relative"]) == "/home/u/.local/share/sanctions/lists")
    #expect(directory(nil, ["HOME": "/home/u"]) == "/home/u/.local/share/sanctions/lists")
  }

  @Test("An empty lists directory says how to fill it; a filled one resolves to the real path of its set")
  func currentSet() throws {
    var template = Array("/tmp/sanctions-location-test-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    defer { try? FileSystem.removeTree(folder) }
    #expect(throws: ListsLocationError.empty(folder)) { try ListsLocation.currentSet(in: folder) }
    let message = ListsLocationError.empty(folder).description
    #expect(message.contains("sanctions update") && message.contains("--from DIR"))

    var options = try ListsLocationOptions.parse(["--lists-dir", folder])
    #expect(throws: ListsLocationError.empty(folder)) { try options.resolvedPaths() }
    let update = CLIRunner.run(["update", "--lists-dir", folder, "--from", FileSystem.join(CLIRunner.lists, "un"), "--only", "un-sc"])
    #expect(update.status == 0, "\(update.errors)")
    let resolved = try options.resolvedPaths()
    #expect(resolved.count == 1)
    #expect(resolved[0].hasPrefix(FileSystem.realPath(folder)! + "/sets/"))
    #expect(FileSystem.kind(of: FileSystem.join(resolved[0], "un-sc/consolidated.xml")) == .file)

    options = try ListsLocationOptions.parse(["--lists", "a.xml", "--lists", "b", "--lists-dir", folder])
    #expect(try options.resolvedPaths() == ["a.xml", "b"])
  }
}
