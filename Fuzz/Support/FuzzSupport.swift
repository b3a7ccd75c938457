// Shared by the fuzz targets: the replay entry of a plain (non-fuzzing) build.
//
// Every fuzz target has one function `fuzz(_ input: UnsafeBufferPointer<UInt8>)`.
// A fuzzing build (`Fuzz/run.sh`, compiled with `-sanitize=fuzzer` and
// `-D FUZZING`) exports it as libFuzzer's `LLVMFuzzerTestOneInput`; a plain
// `swift build` makes each target a small executable that runs the same
// function over the files (or folders of files) named on its command line,
// so a finding can be replayed and debugged without the fuzzing runtime.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SanctionsSupport

package enum FuzzReplay {
  /// The target's `main`. In a fuzzing build it hands the command line to
  /// libFuzzer's driver with `body` as the test function; in a plain build
  /// it replays the command line's files. Exits with their status.
  package static func main(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    #if FUZZING
      testFunction = body
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzReplay.testFunction?(UnsafeBufferPointer(start: data, count: size))
        return 0
      })
    #else
      exit(run(Array(CommandLine.arguments.dropFirst()), body))
    #endif
  }

  /// Writes `byte` and then the contents of `source` to `target`, and removes `source`.
  package static func prefixFile(_ source: String, with byte: UInt8, writingTo target: String) throws {
    let bytes = try readAll(source)
    try FileSystem.writeNewFile(target, bytes: [byte] + bytes)
    try FileSystem.removeTree(source)
  }

  private static func readAll(_ path: String) throws(FileSystemError) -> [UInt8] {
    try FileSystem.readFile(path) { (size, fill) throws(FileSystemError) -> [UInt8] in
      var bytes = [UInt8](repeating: 0, count: size)
      let count = try bytes.withUnsafeMutableBufferPointer { (buffer) throws(FileSystemError) -> Int in try fill(buffer) }
      bytes.removeLast(size - count)
      return bytes
    }
  }

  #if FUZZING
    /// The test function the driver's C callback calls (set once, before the driver starts).
    nonisolated(unsafe) static var testFunction: ((UnsafeBufferPointer<UInt8>) -> Void)?
  #endif

  /// Runs `body` over every file named in `arguments` (folders: their files),
  /// and prints how many inputs were run. Returns the process exit status.
  package static func run(
    _ arguments: [String], _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Int32 {
    var paths: [String] = []
    for argument in arguments { FileSystem.walk(argument) { paths.append($0) } }
    guard !paths.isEmpty else {
      print("usage: \(CommandLine.arguments.first ?? "fuzz-target") FILE-OR-FOLDER...")
      return 2
    }
    var count = 0
    for path in paths {
      guard let bytes = try? readAll(path) else {
        print("cannot read \(path)")
        return 1
      }
      bytes.withUnsafeBufferPointer { body($0) }
      count += 1
    }
    print("ran \(count) input(s) without a crash")
    return 0
  }
}

#if FUZZING
  /// libFuzzer's driver (LLVM 11 and later): parses libFuzzer's options from
  /// the command line and runs `callback` on every input it generates. It is
  /// called rather than libFuzzer's own `main` because SwiftPM links an
  /// executable target's entry point as `main`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32
#endif
