import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsScreening

/// The index fingerprint walk over a folder with a symbolic-link cycle ends (it used to recurse
/// forever, growing memory) and records each file once.
@Suite struct FingerprintWalkTests {
  @Test func aSymlinkCycleEnds() {
    var template = Array("/tmp/sanctions-fingerprint-XXXXXX".utf8CString)
    let root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    defer { try? FileSystem.removeTree(root) }
    mkdir(root + "/a", 0o755)
    try? FileSystem.writeNewFile(root + "/a/list.csv", bytes: Array("name\nAlpha\n".utf8))
    symlink("..", root + "/a/up")
    symlink("b", root + "/x")
    symlink("x", root + "/b")
    let fingerprint = FileFingerprint.of(paths: [root])
    let paths = fingerprint.files.map(\.path).filter { $0 != "<engine>" }
    let real = FileFingerprint.absolute(root)
    #expect(paths.filter { $0.hasSuffix("list.csv") } == [real + "/a/list.csv"])
    #expect(paths.contains(real + "/a/up"))
    #expect(paths.contains(real + "/x"))
    #expect(FileFingerprint.of(paths: [root]) == fingerprint)
  }
}
