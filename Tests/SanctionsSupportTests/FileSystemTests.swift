import Glibc
import SanctionsSupport
import Testing

@Suite("File system")
struct FileSystemTests {
  /// A fresh folder under /tmp; `remove` deletes what was created in it, and it.
  final class Scratch {
    let root: String
    private var created: [(path: String, isFolder: Bool)] = []

    init() {
      var template = Array("/tmp/sanctions-support-XXXXXX".utf8CString)
      root = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    func file(_ relative: String, _ text: String = "x") {
      let path = root + "/" + relative
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      precondition(fd >= 0, "cannot create \(relative)")
      _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress!, $0.count - 1) }
      close(fd)
      created.append((path, false))
    }

    func folder(_ relative: String) {
      mkdir(root + "/" + relative, 0o755)
      created.append((root + "/" + relative, true))
    }

    func remove() {
      for item in created.reversed() {
        if item.isFolder { rmdir(item.path) } else { unlink(item.path) }
      }
      rmdir(root)
    }
  }

  @Test("Walking visits files depth-first in sorted order, without hidden entries")
  func walk() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    scratch.folder("b")
    scratch.folder("b/c")
    scratch.folder(".hidden")
    scratch.file(".hidden/x")
    scratch.file("z.txt")
    scratch.file("a.txt", "hello")
    scratch.file("b/c/deep.txt")
    scratch.file("b/.dot")
    var visited: [String] = []
    FileSystem.walk(scratch.root) { visited.append(String($0.dropFirst(scratch.root.count + 1))) }
    #expect(visited == ["a.txt", "b/c/deep.txt", "z.txt"])
    #expect(try FileSystem.entries(ofDirectory: scratch.root) == [".hidden", "a.txt", "b", "z.txt"])
    #expect(FileSystem.kind(of: scratch.root + "/b") == .directory)
    #expect(FileSystem.kind(of: scratch.root + "/a.txt") == .file)
    #expect(FileSystem.size(of: scratch.root + "/a.txt") == 5)
    let bytes = try FileSystem.readFile(scratch.root + "/a.txt") { (size, fill) throws(FileSystemError) -> [UInt8] in
      var buffer = [UInt8](repeating: 0, count: size)
      let count = try buffer.withUnsafeMutableBufferPointer { (target) throws(FileSystemError) -> Int in try fill(target) }
      return Array(buffer[..<count])
    }
    #expect(bytes == Array("hello".utf8))
    #expect(FileSystem.contentsOfSmallFile(scratch.root + "/a.txt") == Array("hello".utf8))
  }

  @Test("A missing path is visited as itself and named in errors")
  func missing() {
    var visited: [String] = []
    FileSystem.walk("/nonexistent/sanctions") { visited.append($0) }
    #expect(visited == ["/nonexistent/sanctions"])
    #expect(FileSystem.kind(of: "/nonexistent/sanctions") == .missing)
    #expect(throws: FileSystemError(path: "/nonexistent/sanctions", code: ENOENT)) {
      try FileSystem.entries(ofDirectory: "/nonexistent/sanctions")
    }
    #expect(FileSystemError(path: "/p", code: ENOENT).isMissing)
    #expect(FileSystemError(path: "/p", code: EACCES).description == "/p: Permission denied")
  }

  @Test("Path components")
  func components() {
    #expect(FileSystem.join("a", "b") == "a/b")
    #expect(FileSystem.join("a/", "b") == "a/b")
    #expect(FileSystem.baseName("/x/y/list.xml") == "list.xml")
    #expect(FileSystem.baseName("/x/y/") == "y")
    #expect(FileSystem.baseName("list.xml") == "list.xml")
    #expect(FileSystem.directoryName("/x/y/list.xml") == "/x/y")
    #expect(FileSystem.directoryName("/list.xml") == "/")
    #expect(FileSystem.directoryName("list.xml") == ".")
  }
}
