import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsScreening

/// The engine build id that standalone index files record instead of the binary's path and times.
@Suite struct EngineBuildTests {
  @Test("The engine build id is the executable's GNU build ID")
  func engineBuildID() throws {
    #expect(EngineBuild.id.hasPrefix("gnu:"), "\(EngineBuild.id)")
    #expect(EngineBuild.id.utf8.count == 4 + 40)
    let readelf = try ChildProcess.run("readelf", arguments: ["-n", "/proc/\(getpid())/exe"])
    #expect(readelf.exitStatus == 0, "\(readelf.standardErrorText)")
    #expect(readelf.standardOutputText.contains("Build ID: " + EngineBuild.id.dropFirst(4)))
    #expect(EngineBuild.gnuBuildID(ofELF: Array(repeating: 0x7F, count: 100)) == nil)
    var truncated = try #require(FileSystem.contentsOfSmallFile("/proc/self/exe", limit: 200))
    truncated[32] = 0xFF  // program headers said to lie past the bytes read
    #expect(EngineBuild.gnuBuildID(ofELF: truncated) == nil)
  }
}
